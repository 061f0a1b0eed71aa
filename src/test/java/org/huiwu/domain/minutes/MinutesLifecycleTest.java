// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.huiwu.domain.minutes.Fixtures.NOON;
import static org.huiwu.domain.minutes.Fixtures.agreedPair;
import static org.huiwu.domain.minutes.Fixtures.by;
import static org.huiwu.domain.minutes.Fixtures.draftPair;
import static org.huiwu.domain.minutes.Fixtures.minutesOf;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesLifecycleTest {

    private static final AlignedPair FIRST = agreedPair("双方交换了信息。", "Стороны обменялись информацией.");
    private static final AlignedPair SECOND = agreedPair("双方同意加强联络。", "Стороны договорились укрепить связь.");
    private static final AlignedPair LAST_DRAFT = draftPair("本纪要一式两份。", "Составлено в двух экземплярах.");

    @Test
    void minutesWithEveryPairAgreedByBothAreAgreed() {
        Minutes minutes = minutesOf(FIRST, SECOND);

        assertThat(minutes.state()).isEqualTo(MinutesState.AGREED);
        assertThat(minutes.computedState()).isEqualTo(MinutesState.AGREED);
    }

    @Test
    void minutesWithoutPairsAreDraft() {
        assertThat(Minutes.draft(7).state()).isEqualTo(MinutesState.DRAFT);
        assertThat(Minutes.draft(7).version()).isEqualTo(1);
    }

    @Test
    void oneDraftSideKeepsTheMinutesDraftAndFinalizingIsRefused() {
        Minutes minutes = minutesOf(FIRST, SECOND.withText(RecordLanguage.ZH, "双方同意加强联系。", by(RecordLanguage.ZH))
                .agree(RecordLanguage.ZH, 11, NOON));

        assertThat(minutes.pairs().get(1).state(RecordLanguage.ZH)).isEqualTo(TextState.AGREED);
        assertThat(minutes.pairs().get(1).state(RecordLanguage.RU)).isEqualTo(TextState.STALE);
        assertThat(minutes.state()).isEqualTo(MinutesState.DRAFT);
        assertThatThrownBy(minutes::finalized)
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.notAgreed");
    }

    @Test
    void editsMoveTheStateBetweenDraftAndAgreed() {
        MinutesDocument document = new MinutesDocument(minutesOf(FIRST, LAST_DRAFT));
        UUID last = document.minutes().pairs().get(1).uuid();
        assertThat(document.minutes().state()).isEqualTo(MinutesState.DRAFT);

        document.agree(last, RecordLanguage.ZH, 11, NOON);
        document.agree(last, RecordLanguage.RU, 21, NOON);
        assertThat(document.minutes().state()).isEqualTo(MinutesState.AGREED);

        document.type(last, RecordLanguage.RU, "Составлено в двух подлинных экземплярах.", by(RecordLanguage.RU));
        assertThat(document.minutes().state()).isEqualTo(MinutesState.DRAFT);
    }

    @Test
    void agreedMinutesBecomeFinalAndTheHistoryIsClosed() {
        MinutesDocument document = new MinutesDocument(minutesOf(FIRST, LAST_DRAFT));
        UUID last = document.minutes().pairs().get(1).uuid();
        document.agree(last, RecordLanguage.ZH, 11, NOON);
        document.agree(last, RecordLanguage.RU, 21, NOON);

        document.finalizeMinutes();

        assertThat(document.minutes().state()).isEqualTo(MinutesState.FINAL);
        assertThat(document.canUndo()).isFalse();
        assertThat(document.undo()).isFalse();
    }

    static Stream<Named<Consumer<MinutesDocument>>> edits() {
        return Stream.of(
                Named.of("type", d -> d.type(FIRST.uuid(), RecordLanguage.ZH, "改", by(RecordLanguage.ZH))),
                Named.of("insert", d -> d.insertPair(0)),
                Named.of("split", d -> d.split(FIRST.uuid(), 2, 3)),
                Named.of("merge", d -> d.merge(FIRST.uuid())),
                Named.of("delete", d -> d.delete(FIRST.uuid())),
                Named.of("move", d -> d.move(FIRST.uuid(), 1)),
                Named.of("agree", d -> d.agree(FIRST.uuid(), RecordLanguage.ZH, 11, NOON)),
                Named.of("finalize again", MinutesDocument::finalizeMinutes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void finalMinutesRefuseEveryEdit(Consumer<MinutesDocument> edit) {
        Minutes locked = minutesOf(FIRST, SECOND).finalized();
        MinutesDocument document = new MinutesDocument(locked);

        assertThatThrownBy(() -> edit.accept(document))
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.final");
        assertThat(document.minutes()).isSameAs(locked);
    }

    @Test
    void finalMinutesCannotBeBuiltWithAPairNotAgreedByBoth() {
        List<AlignedPair> pairs = List.of(FIRST, draftPair("草稿", "Черновик"));

        assertThatThrownBy(() -> new Minutes(UUID.randomUUID(), 7, 1, MinutesState.FINAL, pairs))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reopeningMakesVersionTwoADraftWithTheSameClauses() {
        Minutes finalOne = minutesOf(FIRST, SECOND).finalized();

        Minutes reopened = finalOne.reopened();

        assertThat(reopened.version()).isEqualTo(2);
        assertThat(reopened.state()).isEqualTo(MinutesState.DRAFT);
        assertThat(reopened.uuid()).isNotEqualTo(finalOne.uuid());
        assertThat(reopened.meetingId()).isEqualTo(finalOne.meetingId());
        assertThat(reopened.pairs()).extracting(AlignedPair::uuid).containsExactly(FIRST.uuid(), SECOND.uuid());
        assertThat(reopened.pairs()).extracting(pair -> pair.zh().text(), pair -> pair.ru().text())
                .containsExactly(tuple(FIRST.zh().text(), FIRST.ru().text()),
                        tuple(SECOND.zh().text(), SECOND.ru().text()));
        assertThat(reopened.pairs()).allSatisfy(pair -> {
            assertThat(pair.state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);
            assertThat(pair.state(RecordLanguage.RU)).isEqualTo(TextState.DRAFT);
        });
        assertThat(reopened.pairs().get(0).zh().provenance()).isEqualTo(FIRST.zh().provenance());
        assertThat(finalOne.state()).isEqualTo(MinutesState.FINAL);
    }

    @Test
    void onlyFinalMinutesAreReopened() {
        assertThatThrownBy(() -> minutesOf(FIRST).reopened())
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.notFinal");
    }

    @Test
    void aPairCannotOccurTwiceInOneMinutes() {
        assertThatThrownBy(() -> minutesOf(FIRST, FIRST)).isInstanceOf(IllegalArgumentException.class);
    }
}
