// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huiwu.domain.access.Role;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.RecipientKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.protocol.Original;

/**
 * The detail of an audit entry in the reader's language. Details are written once, in a fixed form the hash covers
 * and scripts read ({@code version 3}, {@code THIRD_PARTY:OSCE; Art. 4 marked (2 items)}); here each known form is
 * read back and said in words. A detail of no known form is shown as written, so nothing is hidden.
 */
public final class AuditDetailTexts {

    private record Form(Pattern pattern, BiFunction<Messages, Matcher, Optional<String>> text) {
    }

    private static final String RECIPIENT = "(OTHER_SIDE|OWN_INTERNAL|THIRD_PARTY:.*?)";

    private static final List<Form> FORMS = List.of(
            form("version (\\d+)", (m, g) -> text(m, "audit.detail.version", g.group(1))),
            form("version (\\d+) reopened from (\\d+)",
                    (m, g) -> text(m, "audit.detail.reopened", g.group(1), g.group(2))),
            form("(\\d+) items", (m, g) -> text(m, "audit.detail.agendaItems", g.group(1))),
            form("(\\d+) decisions", (m, g) -> text(m, "audit.detail.decisions", g.group(1))),
            form("(\\d+) present", (m, g) -> text(m, "audit.detail.present", g.group(1))),
            form("([A-Z_]+) -> ([A-Z_]+)", (m, g) -> role(m, g.group(1)).flatMap(from -> role(m, g.group(2))
                    .flatMap(to -> text(m, "audit.detail.roleChange", from, to)))),
            form("([A-Z_]+)", (m, g) -> role(m, g.group(1)).or(() -> constant(m, DecisionStatus.class, g.group(1)))),
            form("(.*) · ([A-Z_]+)", (m, g) -> constant(m, MeetingStatus.class, g.group(2))
                    .map(status -> g.group(1) + " · " + status)),
            form(RECIPIENT + "; Art\\. 4 marked \\((\\d+) items\\)", (m, g) -> recipient(m, g.group(1))
                    .flatMap(to -> text(m, "audit.detail.marked", to, g.group(2)))),
            form(RECIPIENT + "; (export|print); no consent for (.*)", (m, g) -> recipient(m, g.group(1))
                    .flatMap(to -> text(m, g.group(2).equals("print") ? "audit.detail.refused.print"
                            : "audit.detail.refused.export", to, g.group(3)))),
            // After the longer forms: a lazy third party's name would take their rest as its own.
            form(RECIPIENT, (m, g) -> recipient(m, g.group(1))),
            form("Art\\. 4\\((\\d+)\\) from (cn|kg)", (m, g) -> text(m, "audit.detail.item", g.group(1),
                    m.of(Side.ofCode(g.group(2))))),
            form("(CN|KG) · (\\d+) signature\\(s\\) · sha256 ([0-9a-f]+)", (m, g) -> text(m, "audit.detail.signed",
                    m.of(Original.valueOf(g.group(1))), g.group(2), g.group(3))),
            form("(ZH|RU) · person \\d+", (m, g) -> text(m, g.group(1).equals("ZH") ? "audit.detail.agreed.zh"
                    : "audit.detail.agreed.ru")),
            form("anchor (\\S*)", (m, g) -> text(m, "audit.detail.anchor", g.group(1))),
            form("created (\\S*), anchor (\\S*)", (m, g) -> text(m, "audit.detail.restored", g.group(1),
                    g.group(2))),
            form("imported: (\\d+) added, (\\d+) updated", (m, g) -> text(m, "audit.detail.imported", g.group(1),
                    g.group(2))));

    private AuditDetailTexts() {
    }

    /** The detail as the reader's language says it; as written when its form is not known. */
    public static String of(Messages messages, String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(detail);
            if (matcher.matches()) {
                Optional<String> text = form.text().apply(messages, matcher);
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        return detail;
    }

    private static Form form(String regex, BiFunction<Messages, Matcher, Optional<String>> text) {
        return new Form(Pattern.compile(regex), text);
    }

    /** Numbers are passed as written: a message format would group a sequence number or a year. */
    private static Optional<String> text(Messages messages, String key, String... arguments) {
        return Optional.of(messages.get(key, (Object[]) arguments));
    }

    private static Optional<String> role(Messages messages, String name) {
        return constant(messages, Role.class, name);
    }

    private static <E extends Enum<E>> Optional<String> constant(Messages messages, Class<E> type, String name) {
        try {
            return Optional.of(messages.of(Enum.valueOf(type, name)));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    private static Optional<String> recipient(Messages messages, String written) {
        int colon = written.indexOf(':');
        String kind = colon < 0 ? written : written.substring(0, colon);
        return constant(messages, RecipientKind.class, kind)
                .map(text -> colon < 0 ? text : text + " · " + written.substring(colon + 1));
    }
}
