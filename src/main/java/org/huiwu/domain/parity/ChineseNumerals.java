// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

/** Chinese numerals as values: 十六, 二十三, 一百零五, 两千, 三万五千, and 二〇〇八 read digit by digit. */
public final class ChineseNumerals {

    /** Every character a Chinese numeral is written with. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumerals() {
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }

    /**
     * The value of a numeral, or -1 when the characters are not one. Digits without any unit (二〇〇八, 一九九六) are
     * read one by one, as years are written.
     */
    public static long parse(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        boolean digitsOnly = true;
        for (char c : numeral.toCharArray()) {
            if (digit(c) < 0) {
                digitsOnly = false;
            } else if (CHARS.indexOf(c) < 0) {
                return -1;
            }
        }
        if (digitsOnly && numeral.length() > 1) {
            long value = 0;
            for (char c : numeral.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return value;
        }
        long total = 0;
        long section = 0;
        long pending = -1;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            if (d > 0) {
                pending = d;
            } else if (d == 0) {
                pending = -1; // 零 only marks a gap: 一百零五
            } else if (c == '万' || c == '亿') {
                long factor = c == '万' ? 10_000L : 100_000_000L;
                section += Math.max(pending, 0);
                if (section == 0) {
                    section = 1;
                }
                total = c == '亿' ? (total + section) * factor : total + section * factor;
                section = 0;
                pending = -1;
            } else {
                long unit = unit(c);
                if (unit < 0) {
                    return -1;
                }
                section += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            }
        }
        return total + section + Math.max(pending, 0);
    }
}
