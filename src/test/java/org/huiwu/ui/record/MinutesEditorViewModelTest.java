// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.service.minutes.InMemoryMinutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The minutes editor's behaviour without a toolkit: rows, undo across operations, agreement, autosave. */
class MinutesEditorViewModelTest {

    private InMemoryMinutes store;
    private MinutesEditorViewModel editor;
    private final List<Runnable> background = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new InMemoryMinutes();
        editor = new MinutesEditorViewModel(store.service(Side.CHINA), store.clock(), background::add, Runnable::run,
                () -> store.clock().instant().toEpochMilli() * 1_000_000);
        editor.load(InMemoryMinutes.MEETING);
    }

    private UUID firstClause(String zh, String ru) {
        editor.insertAfter(null, RecordLanguage.ZH);
        UUID pair = editor.rows().get(0).uuid();
        editor.type(pair, RecordLanguage.ZH, zh);
        editor.type(pair, RecordLanguage.RU, ru);
        return pair;
    }

    private void runBackground() {
        List<Runnable> pending = new ArrayList<>(background);
        background.clear();
        pending.forEach(Runnable::run);
    }

    @Test
    void aNewMeetingStartsEmptyAndTheAuthorIsTheHomeSidesRepresentative() {
        assertThat(editor.rows()).isEmpty();
        assertThat(editor.authorProperty().get()).isEqualTo(new Attendee(1, Side.CHINA,
                DelegationRole.REPRESENTATIVE));
        assertThat(editor.agreers(RecordLanguage.RU)).extracting(Attendee::personId).containsExactly(3L, 4L);
        assertThat(editor.isStored()).isFalse();
    }

    @Test
    void rowsStayTheSameObjectsAcrossTypingInsertAndUndo() {
        UUID first = firstClause("双方同意", "Стороны согласились");
        PairRow row = editor.rows().get(0);
        editor.insertAfter(first, RecordLanguage.ZH);
        editor.type(editor.rows().get(1).uuid(), RecordLanguage.ZH, "第二条");

        assertThat(editor.rows()).hasSize(2);
        assertThat(editor.rows().get(0)).isSameAs(row);
        assertThat(editor.rows().get(1).number()).isEqualTo(2);

        editor.move(editor.rows().get(1).uuid(), -1, RecordLanguage.ZH);
        assertThat(editor.rows().get(1)).isSameAs(row);
        assertThat(row.number()).isEqualTo(2);

        editor.undo();
        assertThat(editor.rows().get(0)).isSameAs(row);
        assertThat(row.number()).isEqualTo(1);
    }

    @Test
    void oneUndoHistoryCoversTypingSplitMergeAndDelete() {
        UUID pair = firstClause("一、双方交换了情况。二、双方同意。", "1. Стороны обменялись. 2. Стороны согласились.");
        editor.split(pair, RecordLanguage.ZH, 10, 22);
        assertThat(editor.rows()).hasSize(2);
        assertThat(editor.rows().get(1).pair().zh().text()).isEqualTo("二、双方同意。");
        assertThat(editor.caretRequestProperty().get().pair()).isEqualTo(editor.rows().get(1).uuid());

        editor.mergeWithNext(pair, RecordLanguage.RU);
        assertThat(editor.rows()).hasSize(1);
        editor.delete(pair, RecordLanguage.ZH);
        assertThat(editor.rows()).isEmpty();

        editor.undo();
        editor.undo();
        assertThat(editor.rows()).hasSize(2);
        editor.undo();
        assertThat(editor.rows()).hasSize(1);
        assertThat(editor.rows().get(0).pair().ru().text()).isEqualTo("1. Стороны обменялись. 2. Стороны согласились.");
        editor.redo();
        assertThat(editor.rows()).hasSize(2);
        assertThat(editor.canRedoProperty().get()).isTrue();
    }

    @Test
    void changingOneSideAfterTheOtherAgreedMakesTheOtherStaleAtOnce() {
        UUID pair = firstClause("双方同意加强联合巡逻。", "Стороны договорились усилить совместное патрулирование.");
        editor.agree(pair, RecordLanguage.RU);
        editor.agree(pair, RecordLanguage.ZH);
        assertThat(editor.stateProperty().get()).isEqualTo(MinutesState.AGREED);

        editor.type(pair, RecordLanguage.ZH, "双方同意加强联合巡逻和信息交换。");

        PairRow row = editor.rows().get(0);
        assertThat(row.pair().state(RecordLanguage.RU)).isEqualTo(TextState.STALE);
        assertThat(row.pair().state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);
        assertThat(row.pair().changesSinceAgreement(RecordLanguage.RU).after()).contains("和信息交换");
        assertThat(editor.stateProperty().get()).isEqualTo(MinutesState.DRAFT);
    }

    @Test
    void onlyAnAttendingMemberOfTheOwningSideMayAgree() {
        UUID pair = firstClause("同意", "Согласны");
        store.save(InMemoryMinutes.MEETING, new Attendance(List.of(
                new Attendee(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                new Attendee(3, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE))));
        editor.agreerProperty(RecordLanguage.RU).set(new Attendee(4, Side.KYRGYZSTAN, DelegationRole.INTERPRETER));

        editor.agree(pair, RecordLanguage.RU);

        assertThat(editor.problemProperty().get().messageKey()).isEqualTo("minutes.error.notAttending");
        assertThat(editor.rows().get(0).pair().state(RecordLanguage.RU)).isEqualTo(TextState.DRAFT);

        editor.agreerProperty(RecordLanguage.RU).set(new Attendee(3, Side.KYRGYZSTAN,
                DelegationRole.REPRESENTATIVE));
        editor.agree(pair, RecordLanguage.RU);
        assertThat(editor.problemProperty().get()).isNull();
        assertThat(editor.rows().get(0).pair().ru().agreement().personId()).isEqualTo(3);
    }

    @Test
    void typingIsSavedInTheBackgroundOnceItIsASecondOldAndTheStatusSaysSo() {
        UUID pair = firstClause("双方", "Стороны");
        assertThat(editor.saveStatusProperty().get().state()).isEqualTo(SaveStatus.State.UNSAVED);
        editor.autosaveTick();
        assertThat(background).as("younger than a second: not yet").isEmpty();

        store.clock().advance(Duration.ofMillis(1100));
        editor.autosaveTick();
        assertThat(editor.saveStatusProperty().get().state()).isEqualTo(SaveStatus.State.SAVING);
        editor.type(pair, RecordLanguage.ZH, "双方同意");
        runBackground();

        assertThat(store.saves()).hasSize(1);
        assertThat(store.saves().get(0).pair(pair).zh().text()).isEqualTo("双方");
        assertThat(editor.saveStatusProperty().get().state()).as("typed during the save")
                .isEqualTo(SaveStatus.State.UNSAVED);

        store.clock().advance(Duration.ofSeconds(2));
        editor.autosaveTick();
        runBackground();
        assertThat(store.saves()).hasSize(2);
        assertThat(store.latest(InMemoryMinutes.MEETING).orElseThrow().pair(pair).zh().text()).isEqualTo("双方同意");
        assertThat(editor.saveStatusProperty().get().state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        store.clock().advance(Duration.ofSeconds(2));
        assertThat(editor.secondsSinceSaved()).isEqualTo(2);
    }

    @Test
    void aFailedSaveKeepsTheTextAndTheNextTickTriesAgain() {
        firstClause("双方", "Стороны");
        store.failNextSaveWith(new IllegalStateException("disk full"));
        store.clock().advance(Duration.ofSeconds(2));
        editor.autosaveTick();
        runBackground();

        assertThat(editor.saveStatusProperty().get().state()).isEqualTo(SaveStatus.State.FAILED);
        assertThat(editor.saveStatusProperty().get().problemKey()).isEqualTo("minutes.error.saveFailed");
        assertThat(editor.rows().get(0).pair().zh().text()).isEqualTo("双方");

        editor.autosaveTick();
        runBackground();
        assertThat(editor.saveStatusProperty().get().state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(store.saves()).hasSize(1);
    }

    @Test
    void finalizeLocksAndReopenStartsVersionTwoWithoutAgreements() {
        // Finalizing saves first, through the saver: run the saver on this thread.
        editor = new MinutesEditorViewModel(store.service(Side.CHINA), store.clock(), Runnable::run, Runnable::run);
        editor.load(InMemoryMinutes.MEETING);
        UUID pair = firstClause("同意", "Согласны");
        editor.agree(pair, RecordLanguage.ZH);
        editor.agree(pair, RecordLanguage.RU);
        editor.finalizeMinutes();

        assertThat(editor.lockedProperty().get()).isTrue();
        assertThat(store.latest(InMemoryMinutes.MEETING).orElseThrow().state()).isEqualTo(MinutesState.FINAL);
        editor.type(pair, RecordLanguage.ZH, "改动");
        assertThat(editor.problemProperty().get().messageKey()).isEqualTo("minutes.error.final");

        editor.reopen();
        assertThat(editor.versionProperty().get()).isEqualTo(2);
        assertThat(editor.lockedProperty().get()).isFalse();
        assertThat(editor.rows().get(0).pair().state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);
        assertThat(store.versions(InMemoryMinutes.MEETING)).extracting(m -> m.state())
                .containsExactly(MinutesState.FINAL, MinutesState.DRAFT);
    }
}
