// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditCheck;
import org.huiwu.domain.audit.AuditReport;

/**
 * The words of an audit verification, for the window and the command line alike: one line per check and a verdict.
 * Keys are literals here so the i18n test sees every one.
 */
public final class AuditTexts {

    private AuditTexts() {
    }

    /** "Chain intact: 85 entries." or what broke it, and at which entry. */
    public static String chain(Messages messages, AuditCheck chain, long entries) {
        String at = Long.toString(chain.sequence());
        return switch (chain.finding()) {
            case INTACT -> messages.get("audit.chain.intact", Long.toString(entries));
            case EDITED -> messages.get("audit.chain.edited", at);
            case REMOVED -> messages.get("audit.chain.removed", at);
            case BROKEN -> messages.get("audit.chain.broken", at);
            case TAIL_REMOVED, REBUILT, SUPERSEDED ->
                    throw new IllegalArgumentException("not a finding of the chain");
        };
    }

    /** "Backup huiwu-….hwbackup (anchor 85:9f3a…): matches." or what it found. */
    public static String anchor(Messages messages, AuditCheck check) {
        AnchorSource source = check.source().orElseThrow();
        String where = messages.get(source.kind() == AnchorSource.Kind.BACKUP ? "audit.source.backup"
                : "audit.source.protocol", source.name(), shortAnchor(source));
        String at = Long.toString(check.sequence());
        return where + " " + switch (check.finding()) {
            case INTACT -> messages.get("audit.anchor.intact");
            case TAIL_REMOVED -> messages.get("audit.anchor.tailRemoved", at);
            case REBUILT -> messages.get("audit.anchor.rebuilt", at);
            case SUPERSEDED -> messages.get("audit.anchor.superseded", at);
            case REMOVED, EDITED, BROKEN -> messages.get("audit.anchor.missing", at);
        };
    }

    /** The verdict: intact with counts, or the first thing that does not match. */
    public static String verdict(Messages messages, AuditReport report) {
        if (report.intact()) {
            return messages.get("audit.verdict.intact", Long.toString(report.entries()),
                    Integer.toString(report.anchors().size()));
        }
        AuditCheck first = report.verdict();
        String why = first.source().isPresent() ? anchor(messages, first) : chain(messages, first, report.entries());
        return messages.get("audit.verdict.broken", why);
    }

    private static String shortAnchor(AnchorSource source) {
        String hash = source.anchor().hash();
        return source.anchor().sequence() + ":" + hash.substring(0, Math.min(12, hash.length())) + "…";
    }
}
