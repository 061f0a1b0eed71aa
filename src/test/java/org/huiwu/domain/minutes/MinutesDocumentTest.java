// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.domain.minutes.Fixtures.NOON;
import static org.huiwu.domain.minutes.Fixtures.agreedPair;
import static org.huiwu.domain.minutes.Fixtures.by;
import static org.huiwu.domain.minutes.Fixtures.draftPair;
import static org.huiwu.domain.minutes.Fixtures.minutesOf;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesDocumentTest {

    private AlignedPair first;
    private AlignedPair second;
    private AlignedPair third;
    private MinutesDocument document;

    @BeforeEach
    void threeClauses() {
        first = agreedPair("双方交换了边境地区形势的信息。", "Стороны обменялись информацией о положении в приграничном районе.");
        second = agreedPair("双方同意加强联络。双方商定下次会谈日期。",
                "Стороны договорились укрепить связь. Стороны согласовали дату следующих переговоров.");
        third = draftPair("本纪要一式两份。", "Настоящий протокол составлен в двух экземплярах.");
        document = new MinutesDocument(minutesOf(first, second, third));
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                operation("insert a pair", (t, d) -> d.insertPair(1)),
                operation("insert a pair at the end", (t, d) -> d.insertPair(3)),
                operation("split a pair", (t, d) -> d.split(t.second.uuid(), "双方同意加强联络。".length(),
                        "Стороны договорились укрепить связь. ".length())),
                operation("merge a pair with the next", (t, d) -> d.merge(t.first.uuid())),
                operation("delete a pair", (t, d) -> d.delete(t.second.uuid())),
                operation("move a pair down", (t, d) -> d.move(t.first.uuid(), 2)),
                operation("move a pair up", (t, d) -> d.move(t.third.uuid(), 0)),
                operation("agree a side", (t, d) -> d.agree(t.third.uuid(), RecordLanguage.RU, 21, NOON)),
                operation("type over an agreed side", (t, d) -> d.type(t.first.uuid(), RecordLanguage.ZH,
                        "双方交换了国界地区形势的信息。", by(RecordLanguage.ZH))));
    }

    private static Arguments operation(String name, BiConsumer<MinutesDocumentTest, MinutesDocument> edit) {
        return Arguments.of(Named.of(name, (Consumer<MinutesDocumentTest>) t -> edit.accept(t, t.document)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void undoRestoresExactlyThePreviousPairsAndRedoTheEditedOnes(Consumer<MinutesDocumentTest> edit) {
        List<AlignedPair> before = document.minutes().pairs();
        edit.accept(this);
        List<AlignedPair> after = document.minutes().pairs();
        assertThat(after).isNotEqualTo(before);

        assertThat(document.undo()).isTrue();
        assertThat(document.minutes().pairs()).isEqualTo(before);
        assertThat(document.redo()).isTrue();
        assertThat(document.minutes().pairs()).isEqualTo(after);
        assertThat(document.undo()).isTrue();
        assertThat(document.minutes().pairs()).isEqualTo(before);
        assertThat(document.undo()).isFalse();
    }

    @Test
    void splitCutsBothLanguagesAndGivesTheSecondPartANewUuid() {
        UUID created = document.split(second.uuid(), "双方同意加强联络。".length(),
                "Стороны договорились укрепить связь. ".length());

        List<AlignedPair> pairs = document.minutes().pairs();
        assertThat(pairs).hasSize(4);
        assertThat(pairs.get(1).uuid()).isEqualTo(second.uuid());
        assertThat(pairs.get(1).zh().text()).isEqualTo("双方同意加强联络。");
        assertThat(pairs.get(1).ru().text()).isEqualTo("Стороны договорились укрепить связь.");
        assertThat(pairs.get(2).uuid()).isEqualTo(created).isNotEqualTo(second.uuid());
        assertThat(pairs.get(2).zh().text()).isEqualTo("双方商定下次会谈日期。");
        assertThat(pairs.get(2).ru().text()).isEqualTo("Стороны согласовали дату следующих переговоров.");
        assertThat(pairs.get(2).ru().provenance()).isEqualTo(second.ru().provenance());
        assertThat(pairs.subList(1, 3)).allSatisfy(pair -> {
            assertThat(pair.state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);
            assertThat(pair.state(RecordLanguage.RU)).isEqualTo(TextState.DRAFT);
        });
    }

    @Test
    void mergeJoinsRussianWithASpaceAndChineseDirectly() {
        document.merge(first.uuid());

        List<AlignedPair> pairs = document.minutes().pairs();
        assertThat(pairs).extracting(AlignedPair::uuid).containsExactly(first.uuid(), third.uuid());
        assertThat(pairs.get(0).zh().text()).isEqualTo("双方交换了边境地区形势的信息。双方同意加强联络。双方商定下次会谈日期。");
        assertThat(pairs.get(0).ru().text())
                .isEqualTo("Стороны обменялись информацией о положении в приграничном районе. "
                        + "Стороны договорились укрепить связь. Стороны согласовали дату следующих переговоров.");
        assertThat(pairs.get(0).isAgreedByBoth()).isFalse();
    }

    @Test
    void splitThenMergeGivesBackTheTexts() {
        document.split(second.uuid(), "双方同意加强联络。".length(), "Стороны договорились укрепить связь. ".length());
        document.merge(second.uuid());

        AlignedPair merged = document.minutes().pair(second.uuid());
        assertThat(merged.zh().text()).isEqualTo(second.zh().text());
        assertThat(merged.ru().text()).isEqualTo(second.ru().text());
    }

    @Test
    void theLastClauseCannotBeMergedWithANextOne() {
        assertThatThrownBy(() -> document.merge(third.uuid()))
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.noNextPair");
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void clauseNumbersFollowPositionsAfterAMove() {
        document.move(third.uuid(), 0);

        Minutes minutes = document.minutes();
        assertThat(minutes.clauseNumber(third.uuid())).isEqualTo(1);
        assertThat(minutes.clauseNumber(first.uuid())).isEqualTo(2);
        assertThat(minutes.clauseNumber(second.uuid())).isEqualTo(3);
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughMixedEditsInOrder() {
        Minutes start = document.minutes();
        document.type(first.uuid(), RecordLanguage.RU, first.ru().text() + " Дополнение", by(RecordLanguage.RU));
        Minutes typed = document.minutes();
        UUID inserted = document.insertPair(3);
        Minutes withInserted = document.minutes();
        document.move(inserted, 0);
        Minutes moved = document.minutes();
        document.delete(second.uuid());
        Minutes deleted = document.minutes();

        assertThat(document.undo()).isTrue();
        assertThat(document.minutes()).isEqualTo(moved);
        assertThat(document.undo()).isTrue();
        assertThat(document.minutes()).isEqualTo(withInserted);
        assertThat(document.undo()).isTrue();
        assertThat(document.minutes()).isEqualTo(typed);
        assertThat(document.undo()).isTrue();
        assertThat(document.minutes()).isEqualTo(start);
        assertThat(document.undo()).isFalse();

        while (document.redo()) {
            // walk forward to the end
        }
        assertThat(document.minutes()).isEqualTo(deleted);
    }

    @Test
    void aNewEditAfterUndoClearsWhatCouldBeRedone() {
        document.delete(second.uuid());
        document.undo();
        assertThat(document.canRedo()).isTrue();

        document.insertPair(0);

        assertThat(document.canRedo()).isFalse();
        assertThat(document.redo()).isFalse();
        assertThat(document.minutes().pairs()).hasSize(4);
    }

    @Test
    void typingOnYourSideMakesTheOtherSideStaleAndUndoMakesItAgreedAgain() {
        document.type(first.uuid(), RecordLanguage.ZH, "双方交换了国界地区形势的信息。", by(RecordLanguage.ZH));

        AlignedPair typed = document.minutes().pair(first.uuid());
        assertThat(typed.state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);
        assertThat(typed.state(RecordLanguage.RU)).isEqualTo(TextState.STALE);

        document.undo();

        assertThat(document.minutes().pair(first.uuid())).isEqualTo(first);
        assertThat(document.minutes().pair(first.uuid()).isAgreedByBoth()).isTrue();
    }

    @Test
    void agreeingAnAlreadyAgreedSideLeavesNoUndoStep() {
        document.agree(first.uuid(), RecordLanguage.ZH, 13, NOON.plusSeconds(1));

        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void theHistoryNamesWhatUndoAndRedoWouldDo() {
        document.split(second.uuid(), 3, 5);
        assertThat(document.history().nextUndo()).contains(EditKind.SPLIT);

        document.undo();

        assertThat(document.history().nextUndo()).isEmpty();
        assertThat(document.history().nextRedo()).contains(EditKind.SPLIT);
    }

    @Test
    void everyChangeUndoAndRedoIncludedMovesTheRevisionOn() {
        long start = document.revision();
        document.insertPair(0);
        document.undo();
        document.redo();

        assertThat(document.revision()).isEqualTo(start + 3);
    }

    @Test
    void anUnknownPairIsRefusedWithAMessageKey() {
        assertThatThrownBy(() -> document.delete(UUID.randomUUID()))
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.pairNotFound");
    }
}
