// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.domain.minutes.Fixtures.MORNING;
import static org.huiwu.domain.minutes.Fixtures.by;
import static org.huiwu.domain.minutes.Fixtures.draftPair;
import static org.huiwu.domain.minutes.Fixtures.minutesOf;

import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing is undone a word at a time: the grouping rule of {@link MinutesEdit.Typing#followedBy}. */
class TypingGroupsTest {

    private UUID pair;
    private MinutesDocument document;

    @BeforeEach
    void emptyClause() {
        AlignedPair clause = draftPair("", "");
        pair = clause.uuid();
        document = new MinutesDocument(minutesOf(clause));
    }

    /** Types {@code text} one keystroke at a time after what is already there. */
    private void typeCharByChar(RecordLanguage language, String text) {
        text.codePoints().forEach(cp -> document.type(pair, language,
                text(language) + Character.toString(cp), by(language)));
    }

    private String text(RecordLanguage language) {
        return document.minutes().pair(pair).side(language).text();
    }

    private int undoSteps() {
        int steps = 0;
        while (document.undo()) {
            steps++;
        }
        return steps;
    }

    @ParameterizedTest(name = "{1} typed char by char: {2} undo step(s)")
    @CsvSource(delimiter = '|', value = {
            "RU|border|1",
            "RU|border guard|2",
            "RU|border guard.|2",
            "RU|Стороны решили провести встречу.|4",
            "RU|пограничный представитель, заместитель|3",
            "ZH|边界代表会晤|1",
            "ZH|双方同意，加强联络。|2",
            "ZH|边界代表、副代表、助手|3"})
    void typingIsGroupedIntoWords(RecordLanguage language, String typed, int steps) {
        typeCharByChar(language, typed);

        assertThat(text(language)).isEqualTo(typed);
        assertThat(undoSteps()).isEqualTo(steps);
        assertThat(text(language)).isEmpty();
    }

    @Test
    void undoingAWordLeavesTheWordsBeforeIt() {
        typeCharByChar(RecordLanguage.RU, "border guard");

        document.undo();

        assertThat(text(RecordLanguage.RU)).isEqualTo("border ");
    }

    @Test
    void anInputMethodCommitJoinsTheRunItContinues() {
        document.type(pair, RecordLanguage.ZH, "边界", by(RecordLanguage.ZH));
        document.type(pair, RecordLanguage.ZH, "边界代表", by(RecordLanguage.ZH));
        document.type(pair, RecordLanguage.ZH, "边界代表会晤。", by(RecordLanguage.ZH));

        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void aPasteOfSeveralWordsIsAStepOfItsOwn() {
        typeCharByChar(RecordLanguage.RU, "Стороны");
        document.type(pair, RecordLanguage.RU, "Стороны решили провести встречу", by(RecordLanguage.RU));

        assertThat(undoSteps()).isEqualTo(2);
    }

    @Test
    void backspacingOverAWordBeingTypedStaysInItsStep() {
        typeCharByChar(RecordLanguage.RU, "bordre");
        document.type(pair, RecordLanguage.RU, "bordr", by(RecordLanguage.RU));
        document.type(pair, RecordLanguage.RU, "bord", by(RecordLanguage.RU));
        typeCharByChar(RecordLanguage.RU, "er");

        document.undo();

        assertThat(text(RecordLanguage.RU)).isEmpty();
    }

    @Test
    void backspacingOverOlderTextIsGroupedByWordsToo() {
        typeCharByChar(RecordLanguage.RU, "border guard");
        document.closeTypingGroup();
        for (int i = 0; i < "border guard".length(); i++) {
            document.type(pair, RecordLanguage.RU, text(RecordLanguage.RU).substring(0, text(RecordLanguage.RU)
                    .length() - 1), by(RecordLanguage.RU));
        }
        assertThat(text(RecordLanguage.RU)).isEmpty();

        document.undo();
        assertThat(text(RecordLanguage.RU)).isEqualTo("border");
        document.undo();
        assertThat(text(RecordLanguage.RU)).isEqualTo("border guard");
    }

    @Test
    void typingElsewhereStartsANewStep() {
        typeCharByChar(RecordLanguage.RU, "border");
        document.type(pair, RecordLanguage.RU, "Xborder", by(RecordLanguage.RU));

        assertThat(undoSteps()).isEqualTo(2);
    }

    @Test
    void theOtherLanguageOrAnotherWriterStartsANewStep() {
        typeCharByChar(RecordLanguage.RU, "bor");
        typeCharByChar(RecordLanguage.ZH, "边界");
        document.type(pair, RecordLanguage.ZH, "边界代", Provenance.of(Side.CHINA, 99, MORNING));

        assertThat(undoSteps()).isEqualTo(3);
    }

    @Test
    void anUndoClosesTheWordSoTheNextKeystrokeIsItsOwnStep() {
        typeCharByChar(RecordLanguage.RU, "border guard");
        document.undo();
        typeCharByChar(RecordLanguage.RU, "post");

        assertThat(text(RecordLanguage.RU)).isEqualTo("border post");
        assertThat(document.canRedo()).isFalse();
        document.undo();
        assertThat(text(RecordLanguage.RU)).isEqualTo("border ");
    }
}
