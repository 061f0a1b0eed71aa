// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain and its anchors catch an edited entry, a removed one, a removed tail and a trail written anew. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final ArchiveUser REPRESENTATIVE = new ArchiveUser(UUID.randomUUID(), "王立新",
            Role.REPRESENTATIVE, 1, T0, null);
    private static final ArchiveUser ASSISTANT = new ArchiveUser(UUID.randomUUID(), "陈晓东", Role.ASSISTANT, 3,
            T0, null);

    private static List<AuditEntry> trail(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditEntry.after(previous, T0.plusSeconds(60L * i), i % 2 == 0 ? REPRESENTATIVE : ASSISTANT,
                    i % 3 == 0 ? AuditAction.CREATED : AuditAction.CHANGED, "meeting:" + i, "step " + i);
            entries.add(previous);
        }
        return entries;
    }

    private static AnchorSource backup(AuditEntry head) {
        return new AnchorSource(AnchorSource.Kind.BACKUP, "huiwu-test.hwbackup", head.anchor());
    }

    private static AnchorSource protocol(AuditEntry head) {
        return new AnchorSource(AnchorSource.Kind.PROTOCOL, "2026-B-3 CN", head.anchor());
    }

    @Test
    void anUntouchedTrailIsIntactWithItsAnchors() {
        List<AuditEntry> entries = trail(6);

        AuditReport report = AuditVerifier.verify(entries, List.of(backup(entries.get(2)), protocol(entries.get(5))));

        assertThat(report.intact()).isTrue();
        assertThat(report.chain()).isEqualTo(new AuditCheck(AuditFinding.INTACT, 6, java.util.Optional.empty()));
        assertThat(report.anchors()).allMatch(AuditCheck::intact);
    }

    @Test
    void theFirstEntryChainsToGenesisAndEachToItsPredecessor() {
        List<AuditEntry> entries = trail(3);

        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(0).sequence()).isEqualTo(1);
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(2).hash()).hasSize(64).isNotEqualTo(entries.get(1).hash());
    }

    @Test
    void anEditedEntryIsFoundByItsHash() {
        List<AuditEntry> entries = new ArrayList<>(trail(5));
        AuditEntry honest = entries.get(2);
        entries.set(2, new AuditEntry(honest.sequence(), honest.at(), honest.actorUuid(), honest.actorName(),
                honest.actorRole(), AuditAction.DELETED, honest.subject(), honest.detail(), honest.previousHash(),
                honest.hash()));

        AuditReport report = AuditVerifier.verify(entries, List.of());

        assertThat(report.intact()).isFalse();
        assertThat(report.verdict().finding()).isEqualTo(AuditFinding.EDITED);
        assertThat(report.verdict().sequence()).isEqualTo(3);
    }

    @Test
    void anEditedEntryWithItsHashRecomputedBreaksTheNextLink() {
        List<AuditEntry> entries = new ArrayList<>(trail(5));
        AuditEntry honest = entries.get(1);
        AuditEntry forged = new AuditEntry(honest.sequence(), honest.at(), honest.actorUuid(), "someone else",
                honest.actorRole(), honest.action(), honest.subject(), honest.detail(), honest.previousHash(), "");
        entries.set(1, forged.withHash(AuditChain.hashOf(forged)));

        AuditCheck chain = AuditVerifier.verify(entries, List.of()).chain();

        assertThat(chain.finding()).isEqualTo(AuditFinding.BROKEN);
        assertThat(chain.sequence()).isEqualTo(3);
    }

    @Test
    void aRemovedMiddleEntryLeavesAGap() {
        List<AuditEntry> entries = new ArrayList<>(trail(5));
        entries.remove(3);

        AuditCheck chain = AuditVerifier.verify(entries, List.of()).chain();

        assertThat(chain.finding()).isEqualTo(AuditFinding.REMOVED);
        assertThat(chain.sequence()).isEqualTo(3);
    }

    @Test
    void aRemovedFirstEntryIsFound() {
        List<AuditEntry> entries = new ArrayList<>(trail(3));
        entries.remove(0);

        assertThat(AuditVerifier.verify(entries, List.of()).chain().finding()).isEqualTo(AuditFinding.REMOVED);
    }

    @Test
    void aRemovedTailLooksIntactToTheChainButNotToABackupAnchor() {
        List<AuditEntry> entries = trail(8);
        AnchorSource anchor = backup(entries.get(7));
        List<AuditEntry> cut = entries.subList(0, 5);

        AuditReport report = AuditVerifier.verify(cut, List.of(anchor));

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.intact()).isFalse();
        assertThat(report.verdict().finding()).isEqualTo(AuditFinding.TAIL_REMOVED);
        assertThat(report.verdict().sequence()).isEqualTo(8);
        assertThat(report.verdict().source()).contains(anchor);
    }

    @Test
    void aRemovedTailIsFoundByAProtocolAnchor() {
        List<AuditEntry> entries = trail(4);

        AuditReport report = AuditVerifier.verify(entries.subList(0, 3), List.of(protocol(entries.get(3))));

        assertThat(report.verdict().finding()).isEqualTo(AuditFinding.TAIL_REMOVED);
        assertThat(report.verdict().source().orElseThrow().kind()).isEqualTo(AnchorSource.Kind.PROTOCOL);
    }

    @Test
    void aTrailWrittenAnewChainsButDoesNotMatchItsAnchors() {
        List<AuditEntry> original = trail(6);
        AnchorSource anchor = protocol(original.get(3));
        // Written again from the start, leaving out what the original's fourth entry said.
        List<AuditEntry> rebuilt = new ArrayList<>();
        AuditEntry previous = null;
        for (AuditEntry entry : original) {
            String detail = entry.sequence() == 4 ? "nothing happened" : entry.detail();
            previous = AuditEntry.after(previous, entry.at(), REPRESENTATIVE, entry.action(), entry.subject(),
                    detail);
            rebuilt.add(previous);
        }

        AuditReport report = AuditVerifier.verify(rebuilt, List.of(anchor));

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.verdict().finding()).isEqualTo(AuditFinding.REBUILT);
        assertThat(report.verdict().sequence()).isEqualTo(4);
    }

    @Test
    void anAnchorReadsBackFromItsText() {
        AuditEntry head = trail(3).get(2);

        assertThat(AuditAnchor.parse(head.anchor().text())).contains(head.anchor());
        assertThat(head.anchor().text()).startsWith("3:");
        assertThat(AuditAnchor.parse("3:xyz")).isEmpty();
        assertThat(AuditAnchor.parse(null)).isEmpty();
    }

    @Test
    void anEmptyTrailMatchesTheEmptyAnchorOnly() {
        assertThat(AuditVerifier.verify(List.of(), List.of(new AnchorSource(AnchorSource.Kind.BACKUP, "b",
                AuditAnchor.empty()))).intact()).isTrue();
        assertThat(AuditVerifier.verify(List.of(), List.of(backup(trail(1).get(0)))).verdict().finding())
                .isEqualTo(AuditFinding.TAIL_REMOVED);
    }

    @Test
    void anAnchorMadeBeforeARecordedRestoreBelongsToTheReplacedHistory() {
        List<AuditEntry> original = trail(8);
        Instant backupMade = T0.plusSeconds(60L * 8);
        AnchorSource before = new AnchorSource(AnchorSource.Kind.BACKUP, "safety.hwbackup", original.get(7).anchor(),
                java.util.Optional.of(backupMade));
        // Restored from an older backup holding four entries: the trail goes on from there and says so.
        List<AuditEntry> restored = new ArrayList<>(original.subList(0, 4));
        restored.add(AuditEntry.after(restored.get(3), backupMade.plusSeconds(60), REPRESENTATIVE,
                AuditAction.RESTORED, "backup:old.hwbackup", "anchor 4"));

        AuditReport report = AuditVerifier.verify(restored, List.of(before));

        assertThat(report.intact()).isTrue();
        assertThat(report.anchors().get(0).finding()).isEqualTo(AuditFinding.SUPERSEDED);
        assertThat(report.anchors().get(0).sequence()).isEqualTo(5);
    }

    @Test
    void anAnchorMadeAfterTheRestoreStillCatchesACutTail() {
        List<AuditEntry> entries = new ArrayList<>(trail(3));
        entries.add(AuditEntry.after(entries.get(2), T0.plusSeconds(3600), REPRESENTATIVE, AuditAction.RESTORED,
                "backup:old.hwbackup", ""));
        entries.add(AuditEntry.after(entries.get(3), T0.plusSeconds(7200), REPRESENTATIVE, AuditAction.CREATED,
                "meeting:9", ""));
        AnchorSource after = new AnchorSource(AnchorSource.Kind.PROTOCOL, "2026-B-4 KG", entries.get(4).anchor(),
                java.util.Optional.of(T0.plusSeconds(7300)));

        AuditReport report = AuditVerifier.verify(entries.subList(0, 4), List.of(after));

        assertThat(report.verdict().finding()).isEqualTo(AuditFinding.TAIL_REMOVED);
    }
}
