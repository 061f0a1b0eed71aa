// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.place.Place;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.generated.Tables.DECISION;

class JooqDecisionRepositoryTest {

    private static final char[] PASSPHRASE = "决定 решения passphrase".toCharArray();
    private static final Instant MARCH = Instant.parse("2026-03-05T04:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-20T04:00:00Z");
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void decisionsComeBackInTheOrderTheMeetingRecordedThem() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "决定", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), MARCH, List.of());
            UUID item = UUID.randomUUID();
            List<Decision> decisions = List.of(
                    decision(meeting, DecisionKind.ACTION_ITEM, "交换名单", Responsibility.KYRGYZSTAN, null,
                            DecisionStatus.IN_PROGRESS).underItem(item),
                    decision(meeting, DecisionKind.DECISION, "下次会晤", Responsibility.BOTH, JUNE_1,
                            DecisionStatus.OPEN));

            assertThat(archive.decisions().saveAll(meeting.id(), decisions)).isEqualTo(decisions);

            assertThat(archive.decisions().ofMeeting(meeting.id())).isEqualTo(decisions);
            assertThat(archive.decisions().find(decisions.get(0).uuid())).contains(decisions.get(0));
            assertThat(archive.decisions().find(decisions.get(0).uuid()).orElseThrow().agendaItem()).isEqualTo(item);
            assertThat(archive.decisions().find(UUID.randomUUID())).isEmpty();
            // A later save replaces the meeting's list: reordered, one changed, one gone.
            List<Decision> changed = List.of(decisions.get(1).withStatus(DecisionStatus.DONE));
            archive.decisions().saveAll(meeting.id(), changed);
            assertThat(archive.decisions().ofMeeting(meeting.id())).isEqualTo(changed);
            assertThat(archive.decisions().find(decisions.get(0).uuid())).isEmpty();
        }
    }

    @Test
    void openDecisionsOfAllMeetingsComeEarliestDueFirstThenByMeetingThenAsRecorded() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "决定", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            // Saved first, held later: the meeting's start orders, not its key.
            Meeting may = StoreFixture.meeting(archive, place, MAY, List.of());
            Meeting march = StoreFixture.meeting(archive, place, MARCH, List.of());
            Decision marchJune = decision(march, DecisionKind.DECISION, "三月·六月", Responsibility.BOTH, JUNE_1,
                    DecisionStatus.OPEN);
            Decision marchDone = decision(march, DecisionKind.DECISION, "三月·完成", Responsibility.CHINA,
                    LocalDate.of(2026, 1, 1), DecisionStatus.DONE);
            Decision marchNone = decision(march, DecisionKind.ACTION_ITEM, "三月·无期限", Responsibility.CHINA, null,
                    DecisionStatus.IN_PROGRESS);
            Decision marchApril = decision(march, DecisionKind.ACTION_ITEM, "三月·四月", Responsibility.KYRGYZSTAN,
                    APRIL_1, DecisionStatus.OPEN);
            Decision marchNoneToo = decision(march, DecisionKind.DECISION, "三月·无期限二", Responsibility.BOTH, null,
                    DecisionStatus.OPEN);
            Decision mayJune = decision(may, DecisionKind.DECISION, "五月·六月", Responsibility.BOTH, JUNE_1,
                    DecisionStatus.OPEN);
            Decision mayCancelled = decision(may, DecisionKind.DECISION, "五月·取消", Responsibility.BOTH, APRIL_1,
                    DecisionStatus.CANCELLED);
            Decision mayNone = decision(may, DecisionKind.DECISION, "五月·无期限", Responsibility.CHINA, null,
                    DecisionStatus.OPEN);
            Decision mayApril = decision(may, DecisionKind.ACTION_ITEM, "五月·四月", Responsibility.CHINA, APRIL_1,
                    DecisionStatus.IN_PROGRESS);
            archive.decisions().saveAll(may.id(), List.of(mayJune, mayCancelled, mayNone, mayApril));
            archive.decisions().saveAll(march.id(), List.of(marchJune, marchDone, marchNone, marchApril,
                    marchNoneToo));

            assertThat(archive.decisions().open()).containsExactly(marchApril, mayApril, marchJune, mayJune,
                    marchNone, marchNoneToo, mayNone);

            archive.decisions().saveAll(march.id(), List.of(marchJune.withStatus(DecisionStatus.DONE), marchDone,
                    marchNone, marchApril.withStatus(DecisionStatus.CANCELLED), marchNoneToo));
            assertThat(archive.decisions().open()).containsExactly(mayApril, mayJune, marchNone, marchNoneToo,
                    mayNone);
        }
    }

    @Test
    void aDecisionOfAnotherMeetingIsRefused() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "决定", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            Meeting one = StoreFixture.meeting(archive, place, MARCH, List.of());
            Meeting other = StoreFixture.meeting(archive, place, MAY, List.of());
            Decision ofOther = decision(other, DecisionKind.DECISION, "别的会晤", Responsibility.BOTH, null,
                    DecisionStatus.OPEN);

            assertThatThrownBy(() -> archive.decisions().saveAll(one.id(), List.of(ofOther)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(archive.decisions().ofMeeting(one.id())).isEmpty();
        }
    }

    @Test
    void decisionsTheDatabaseLostComeBackFromTheJournalUnderTheMeetingsNewKey() {
        Path folder = temp.resolve("a");
        UUID meetingUuid;
        List<Decision> last;
        try (H2Archive archive = (H2Archive) access.create(folder, "决定", Side.CHINA, false, PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            Meeting meeting = StoreFixture.meeting(archive, place, MARCH, List.of());
            meetingUuid = meeting.uuid();
            Decision first = decision(meeting, DecisionKind.DECISION, "第一", Responsibility.BOTH, JUNE_1,
                    DecisionStatus.OPEN);
            Decision second = decision(meeting, DecisionKind.ACTION_ITEM, "第二", Responsibility.KYRGYZSTAN, null,
                    DecisionStatus.IN_PROGRESS).underItem(UUID.randomUUID());
            archive.decisions().saveAll(meeting.id(), List.of(first));
            last = archive.decisions().saveAll(meeting.id(), List.of(second, first.withText(
                    Bilingual.of("第一（修改）", "Первое (изменено)"))));
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            long meetingId = StoreFixture.meetingId(reopened, meetingUuid);
            List<Decision> expected = last.stream().map(d -> new Decision(d.uuid(), meetingId, d.kind(), d.text(),
                    d.responsible(), d.due(), d.status(), d.agendaItem())).toList();
            assertThat(reopened.decisions().ofMeeting(meetingId)).isEqualTo(expected);
            assertThat(reopened.decisions().open()).containsExactlyElementsOf(List.of(expected.get(1),
                    expected.get(0)));
            // The place, the meeting, then the first save's decision, then the second save's new one.
            assertThat(access.lastReplay().restored()).isEqualTo(4);
        }
        try (H2Archive again = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(again.dsl().fetchCount(DECISION)).isEqualTo(2);
        }
    }

    @Test
    void replayingDecisionsTheDatabaseStillHasChangesNothing() throws Exception {
        Path folder = temp.resolve("a");
        long meetingId;
        List<Decision> last;
        try (H2Archive archive = (H2Archive) access.create(folder, "决定", Side.CHINA, false, PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), MARCH, List.of());
            meetingId = meeting.id();
            Decision one = decision(meeting, DecisionKind.DECISION, "一", Responsibility.BOTH, JUNE_1,
                    DecisionStatus.OPEN);
            archive.decisions().saveAll(meetingId, List.of(one));
            last = archive.decisions().saveAll(meetingId, List.of(one.withStatus(DecisionStatus.DONE)));
            // Replayed onto a database that has every save already.
            assertThat(archive.replayJournal().restored()).isZero();
            assertThat(archive.decisions().ofMeeting(meetingId)).isEqualTo(last);
            assertThat(archive.decisions().open()).isEmpty();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.decisions().ofMeeting(meetingId)).isEqualTo(last);
        }
    }

    private static Decision decision(Meeting meeting, DecisionKind kind, String zh, Responsibility responsible,
                                     LocalDate due, DecisionStatus status) {
        return Decision.create(meeting.id(), kind, Bilingual.of(zh, "Решение «" + zh + "» ң ө ү"), responsible, due)
                .withStatus(status);
    }
}
