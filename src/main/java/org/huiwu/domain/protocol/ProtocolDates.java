// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.time.LocalDate;

/**
 * Dates as a protocol writes them: headers {@code 2026年3月5日} / {@code 05.03.2026}; the closing formula in the treaty
 * style {@code 二〇二六年三月五日} / «5 марта 2026 года».
 */
public final class ProtocolDates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] MONTHS_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};

    private ProtocolDates() {
    }

    public static String chineseHeader(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String russianHeader(LocalDate date) {
        return String.format(java.util.Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** 二〇二六年三月五日: the year digit by digit, month and day as numbers (十二, 二十五, 三十一). */
    public static String chineseTreaty(LocalDate date) {
        StringBuilder year = new StringBuilder();
        for (char digit : String.valueOf(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(digit - '0'));
        }
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    /** «5 марта 2026 года». */
    public static String russianTreaty(LocalDate date) {
        return "«" + date.getDayOfMonth() + " " + MONTHS_GENITIVE[date.getMonthValue() - 1] + " " + date.getYear()
                + " года»";
    }

    /** 1..31 in Chinese numerals: 五, 十, 十二, 二十, 二十五, 三十一. */
    static String number(int value) {
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
