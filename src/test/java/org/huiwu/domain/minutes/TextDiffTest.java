// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.domain.minutes.TextDiff.Kind.DELETED;
import static org.huiwu.domain.minutes.TextDiff.Kind.EQUAL;
import static org.huiwu.domain.minutes.TextDiff.Kind.INSERTED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDiffTest {

    private static TextDiff.Segment segment(TextDiff.Kind kind, String text) {
        return new TextDiff.Segment(kind, text);
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        TextDiff diff = TextDiff.between(RecordLanguage.ZH, "双方同意于2026年3月5日", "双方同意于2026年3月6日");

        assertThat(diff.segments()).containsExactly(segment(EQUAL, "双方同意于2026年3月"), segment(DELETED, "5"),
                segment(INSERTED, "6"), segment(EQUAL, "日"));
    }

    @Test
    void aChangedChineseTermShowsOnlyTheCharactersThatDiffer() {
        TextDiff diff = TextDiff.between(RecordLanguage.ZH, "边界代表会晤", "副边界代表会谈");

        assertThat(diff.segments()).containsExactly(segment(INSERTED, "副"), segment(EQUAL, "边界代表会"),
                segment(DELETED, "晤"), segment(INSERTED, "谈"));
    }

    @Test
    void russianIsComparedWordByWord() {
        TextDiff diff = TextDiff.between(RecordLanguage.RU, "Стороны согласились провести встречу",
                "Стороны решили провести встречу");

        assertThat(diff.segments()).containsExactly(segment(EQUAL, "Стороны "), segment(DELETED, "согласились"),
                segment(INSERTED, "решили"), segment(EQUAL, " провести встречу"));
    }

    @Test
    void aWordChangedByOneLetterShowsAsTheWholeWord() {
        TextDiff diff = TextDiff.between(RecordLanguage.RU, "пограничный представитель", "пограничные представители");

        assertThat(diff.segments()).containsExactly(segment(DELETED, "пограничный"), segment(INSERTED, "пограничные"),
                segment(EQUAL, " "), segment(DELETED, "представитель"), segment(INSERTED, "представители"));
    }

    @Test
    void anAddedCommaIsItsOwnChangeNotTheNeighbouringWords() {
        TextDiff diff = TextDiff.between(RecordLanguage.RU, "Стороны решили провести", "Стороны, решили провести");

        assertThat(diff.segments()).containsExactly(segment(EQUAL, "Стороны"), segment(INSERTED, ","),
                segment(EQUAL, " решили провести"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ZH|本纪要于二〇二六年三月五日在吐尔尕特签订|本纪要于二〇二六年三月六日在伊尔克什坦签订",
            "RU|Совершено в Торугарте 5 марта 2026 года|Совершено в пункте Иркештам 6 марта 2026 года",
            "RU|''|Новый текст",
            "ZH|删除的文本|''",
            "ZH|𠀀𠀁 (扩展B)|𠀀𠀂 (扩展B)"})
    void theSegmentsGiveBackBothTexts(RecordLanguage language, String before, String after) {
        TextDiff diff = TextDiff.between(language, before, after);

        assertThat(diff.before()).isEqualTo(before);
        assertThat(diff.after()).isEqualTo(after);
        assertThat(diff.hasChanges()).isTrue();
    }

    @Test
    void equalTextsHaveNoChanges() {
        TextDiff diff = TextDiff.between(RecordLanguage.RU, "без изменений", "без изменений");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.segments()).containsExactly(segment(EQUAL, "без изменений"));
    }

    @Test
    void aSmallChangeInAVeryLongTextIsFoundQuickly() {
        String longText = "Стороны обменялись информацией о положении в приграничном районе. ".repeat(15_000);
        int wordStart = longText.indexOf(". ", 500_000) + 2;
        String changed = longText.substring(0, wordStart) + "ВСТАВКА " + longText.substring(wordStart);

        TextDiff diff = TextDiff.between(RecordLanguage.RU, longText, changed);

        assertThat(diff.segments()).extracting(TextDiff.Segment::kind).containsExactly(EQUAL, INSERTED, EQUAL);
        assertThat(diff.segments().get(1).text()).isEqualTo("ВСТАВКА ");
        assertThat(diff.after()).isEqualTo(changed);
    }
}
