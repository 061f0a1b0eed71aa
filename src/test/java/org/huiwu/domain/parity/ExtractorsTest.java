// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extractors on the examples of issue 5. */
class ExtractorsTest {

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.parse("十六")).isEqualTo(16);
        assertThat(ChineseNumerals.parse("二十三")).isEqualTo(23);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("两")).isEqualTo(2);
        assertThat(ChineseNumerals.parse("二〇〇八")).isEqualTo(2008);
        assertThat(ChineseNumerals.parse("三万五千")).isEqualTo(35_000);
    }

    @Test
    void chineseNumbers() {
        assertThat(ChineseNumbers.values("第四条")).containsExactly("4");
        assertThat(ChineseNumbers.values("共１２人")).containsExactly("12");
        assertThat(ChineseNumbers.values("1,234.5公里和1.5公里")).containsExactly("1234.5", "1.5");
        assertThat(ChineseNumbers.values("一式两份")).containsExactly("1", "2");
        assertThat(ChineseNumbers.values("十分重要")).isEmpty();
        assertThat(ChineseNumbers.values("3万元")).containsExactly("30000");
    }

    @Test
    void russianNumbers() {
        assertThat(RussianNumbers.values("пять, пяти, двух")).containsExactly("5", "5", "2");
        assertThat(RussianNumbers.values("в течение двадцати трёх дней")).containsExactly("23");
        assertThat(RussianNumbers.values("одну неделю, оба текста")).containsExactly("1", "2");
        assertThat(RussianNumbers.values("в четвёртом пункте")).containsExactly("4");
        assertThat(RussianNumbers.values("1 234,5 км и 1,5 км")).containsExactly("1234.5", "1.5");
        assertThat(RussianNumbers.values("две тысячи восьмого года")).containsExactly("2008");
        assertThat(RussianNumbers.values("сто пять человек, трое суток")).containsExactly("105", "3");
        assertThat(RussianNumbers.values("5 тыс. юаней")).containsExactly("5000");
        assertThat(RussianNumbers.values("во-вторых")).isEmpty();
    }

    @Test
    void weakOnes() {
        List<Mention> zh = ChineseNumbers.extract("一方", new boolean[2]);
        assertThat(zh).singleElement().matches(Mention::weak);
        List<Mention> ru = RussianNumbers.extract("одна из сторон", new boolean[14]);
        assertThat(ru).singleElement().matches(Mention::weak);
    }

    @Test
    void dates() {
        assertThat(Dates.ofChinese("2008年12月16日")).containsExactly("2008-12-16");
        assertThat(Dates.ofChinese("二〇〇八年十二月十六日")).containsExactly("2008-12-16");
        assertThat(Dates.ofRussian("«16 декабря 2008 года»")).containsExactly("2008-12-16");
        assertThat(Dates.ofRussian("16.12.2008")).containsExactly("2008-12-16");
        assertThat(Dates.ofRussian("в декабре 2008 года")).containsExactly("2008-12-?");
        assertThat(Dates.ofChinese("12月16日")).containsExactly("?-12-16");
        assertThat(Dates.ofChinese("有效期5年")).isEmpty();
        assertThat(Dates.compatible("2008-12-16", "?-12-16")).isTrue();
        assertThat(Dates.compatible("2008-12-16", "2008-12-17")).isFalse();
    }

    @Test
    void times() {
        assertThat(Times.ofChinese("14时30分")).containsExactly("870");
        assertThat(Times.ofChinese("下午2点半")).containsExactly("870");
        assertThat(Times.ofChinese("14:30")).containsExactly("870");
        assertThat(Times.ofRussian("в 14:30.")).containsExactly("870");
        assertThat(Times.ofRussian("в 14.30")).containsExactly("870");
        assertThat(Times.ofRussian("в два часа дня")).containsExactly("840");
        assertThat(Times.ofChinese("达成三点共识")).isEmpty();
        assertThat(Times.ofRussian("в течение двух часов")).isEmpty();
        assertThat(Times.compatible("150~", "870")).isTrue();
    }

    @Test
    void numbering() {
        assertThat(Numbering.chinese("(一) 交换").orElseThrow().value()).isEqualTo(1);
        assertThat(Numbering.chinese("（三）制止").orElseThrow().value()).isEqualTo(3);
        assertThat(Numbering.chinese("二、议程").orElseThrow().value()).isEqualTo(2);
        assertThat(Numbering.chinese("第四条 双方").orElseThrow().value()).isEqualTo(4);
        assertThat(Numbering.russian("1) обмен").orElseThrow().value()).isEqualTo(1);
        assertThat(Numbering.russian("2. Повестка").orElseThrow().value()).isEqualTo(2);
        assertThat(Numbering.russian("в) пресечение").orElseThrow().value()).isEqualTo(3);
        assertThat(Numbering.russian("16.12.2008 стороны")).isEmpty();
    }

    @Test
    void listEntries() {
        assertThat(ListEntries.semicolonEntries("毒品；武器；传染病。")).isEqualTo(3);
        assertThat(ListEntries.semicolonEntries("наркотики; оружие.")).isEqualTo(2);
    }
}
