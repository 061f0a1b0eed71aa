// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.domain.minutes.Fixtures.agreedPair;
import static org.huiwu.domain.minutes.Fixtures.by;
import static org.huiwu.domain.minutes.Fixtures.minutesOf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The history must stay small for long minutes: it keeps what each step changed, never copies of the minutes. */
class EditHistoryBoundsTest {

    private static final int PAIRS = 2_000;
    private static final int KEYSTROKES = 10_000;

    private static Minutes longMinutes() {
        List<AlignedPair> pairs = new ArrayList<>(PAIRS);
        for (int i = 1; i <= PAIRS; i++) {
            pairs.add(agreedPair("第" + i + "条：双方交换了边境地区形势的信息，同意加强联络。",
                    "Пункт " + i + ": стороны обменялись информацией о положении в приграничном районе."));
        }
        return minutesOf(pairs.toArray(AlignedPair[]::new));
    }

    private static long totalChars(Minutes minutes) {
        return minutes.pairs().stream().mapToLong(pair -> pair.zh().text().length() + pair.ru().text().length()).sum();
    }

    @Test
    void tenThousandKeystrokesOverTwoThousandPairsKeepTheHistoryBounded() {
        MinutesDocument document = new MinutesDocument(longMinutes());
        long oneCopyOfTheMinutes = totalChars(document.minutes());
        int longestText = document.minutes().pairs().stream()
                .mapToInt(pair -> Math.max(pair.zh().text().length(), pair.ru().text().length())).max().orElseThrow();

        // Worst case for the step bound: every keystroke lands in another pair, so none joins the one before.
        for (int k = 0; k < KEYSTROKES; k++) {
            AlignedPair pair = document.minutes().pairs().get((k * 7) % PAIRS);
            RecordLanguage language = k % 2 == 0 ? RecordLanguage.RU : RecordLanguage.ZH;
            document.type(pair.uuid(), language, pair.side(language).text() + (k % 10), by(language));
        }
        Minutes typed = document.minutes();
        EditHistory history = document.history();

        assertThat(history.undoSteps()).isEqualTo(EditHistory.DEFAULT_MAX_STEPS);
        assertThat(history.retainedChars()).isLessThanOrEqualTo(EditHistory.DEFAULT_MAX_RETAINED_CHARS);
        // Each step holds its keystroke and at most the agreement it cleared: far less than one copy of the minutes,
        // where a snapshot per keystroke would hold a thousand copies.
        assertThat(history.retainedChars())
                .isLessThanOrEqualTo((long) history.undoSteps() * (1 + longestText))
                .isLessThan(oneCopyOfTheMinutes);

        int undone = 0;
        while (document.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.DEFAULT_MAX_STEPS);
        while (document.redo()) {
            // back to where the typing ended
        }
        assertThat(document.minutes()).isEqualTo(typed);
    }

    @Test
    void typingInAPastedMegabyteCostsTheHistoryOnlyTheKeystrokes() {
        AlignedPair clause = agreedPair("双方同意。", "Стороны согласились.");
        UUID uuid = clause.uuid();
        MinutesDocument document = new MinutesDocument(minutesOf(clause));
        String megabyte = "Стороны обменялись информацией о положении в приграничном районе. ".repeat(16_000);

        document.type(uuid, RecordLanguage.RU, megabyte, by(RecordLanguage.RU));
        long afterPaste = document.history().retainedChars();
        for (int i = 0; i < 200; i++) {
            String text = document.minutes().pair(uuid).ru().text();
            document.type(uuid, RecordLanguage.RU, text.substring(0, 500_000) + "ж" + text.substring(500_000),
                    by(RecordLanguage.RU));
        }

        assertThat(megabyte.length()).isGreaterThan(1_000_000);
        assertThat(afterPaste).isLessThan(megabyte.length() + 100L);
        assertThat(document.history().retainedChars() - afterPaste).isLessThanOrEqualTo(200);
    }

    @Test
    void theOldestStepsAreForgottenFirstWhenTheCharacterBudgetIsSpent() {
        AlignedPair clause = agreedPair("双方同意。", "Стороны согласились.");
        MinutesDocument document = new MinutesDocument(minutesOf(clause), new EditHistory(1_000, 100));

        for (int i = 0; i < 50; i++) {
            document.insertPair(0);
            document.type(document.minutes().pairs().get(0).uuid(), RecordLanguage.RU, "Слово номер " + i,
                    by(RecordLanguage.RU));
        }

        assertThat(document.history().retainedChars()).isLessThanOrEqualTo(100);
        int undone = 0;
        while (document.undo()) {
            undone++;
        }
        assertThat(undone).isBetween(1, 99);
        assertThat(document.minutes().pairs()).hasSizeGreaterThan(1);
    }

    @Test
    void theNewestStepIsKeptEvenWhenItAloneIsOverBudget() {
        AlignedPair clause = agreedPair("双方同意。", "Стороны согласились.");
        MinutesDocument document = new MinutesDocument(minutesOf(clause), new EditHistory(10, 5));

        document.type(clause.uuid(), RecordLanguage.RU, "Очень длинный вставленный текст", by(RecordLanguage.RU));

        assertThat(document.undo()).isTrue();
        assertThat(document.minutes().pair(clause.uuid())).isEqualTo(clause);
    }
}
