// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a trail: each entry's hash against its content, each link to its predecessor, the sequence without gaps;
 * then each anchor against the entry of its sequence. The chain alone cannot see a removed tail or a trail written
 * anew from scratch; the anchors kept outside it (backups, protocol PDFs) can.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditReport verify(List<AuditEntry> trail, List<AnchorSource> anchors) {
        List<AuditEntry> ordered = trail.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).toList();
        List<AuditCheck> checks = new ArrayList<>();
        for (AnchorSource source : anchors) {
            checks.add(against(ordered, source));
        }
        return new AuditReport(ordered.size(), chain(ordered), checks);
    }

    /** The first entry that breaks the chain, or INTACT with the newest sequence. */
    public static AuditCheck chain(List<AuditEntry> ordered) {
        long expected = 1;
        String previousHash = AuditChain.GENESIS;
        for (AuditEntry entry : ordered) {
            if (entry.sequence() != expected) {
                return new AuditCheck(AuditFinding.REMOVED, expected - 1, Optional.empty());
            }
            if (!entry.hashMatches()) {
                return new AuditCheck(AuditFinding.EDITED, entry.sequence(), Optional.empty());
            }
            if (!entry.previousHash().equals(previousHash)) {
                return new AuditCheck(AuditFinding.BROKEN, entry.sequence(), Optional.empty());
            }
            previousHash = entry.hash();
            expected++;
        }
        return new AuditCheck(AuditFinding.INTACT, expected - 1, Optional.empty());
    }

    static AuditCheck against(List<AuditEntry> ordered, AnchorSource source) {
        AuditAnchor anchor = source.anchor();
        long newest = ordered.isEmpty() ? 0 : ordered.get(ordered.size() - 1).sequence();
        Map<Long, String> hashes = new HashMap<>();
        hashes.put(0L, AuditChain.GENESIS);
        ordered.forEach(entry -> hashes.put(entry.sequence(), entry.hash()));
        AuditFinding finding;
        if (anchor.sequence() > newest) {
            finding = AuditFinding.TAIL_REMOVED;
        } else if (!hashes.containsKey(anchor.sequence())) {
            finding = AuditFinding.REMOVED;
        } else if (!hashes.get(anchor.sequence()).equals(anchor.hash())) {
            finding = AuditFinding.REBUILT;
        } else {
            finding = AuditFinding.INTACT;
        }
        if (finding == AuditFinding.TAIL_REMOVED || finding == AuditFinding.REBUILT) {
            Optional<AuditEntry> restore = restoreAfter(ordered, source);
            if (restore.isPresent()) {
                return new AuditCheck(AuditFinding.SUPERSEDED, restore.get().sequence(), Optional.of(source));
            }
        }
        return new AuditCheck(finding, anchor.sequence(), Optional.of(source));
    }

    /** The first restore the trail records after the anchor's file was made, if the file says when that was. */
    private static Optional<AuditEntry> restoreAfter(List<AuditEntry> ordered, AnchorSource source) {
        if (source.made().isEmpty()) {
            return Optional.empty();
        }
        return ordered.stream().filter(entry -> entry.action() == AuditAction.RESTORED)
                .filter(entry -> entry.at().isAfter(source.made().get())).findFirst();
    }
}
