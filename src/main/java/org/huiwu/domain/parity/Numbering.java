// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause or item marker a text starts with, as a number: (一), （一）, 一、, 1., 1、, 第四条 in Chinese; 1., 1),
 * (1), а), Статья 4, IV. in Russian. Letters count in the order of Russian lists (а, б, в, г, д, е, ж, з, и, к…).
 */
public final class Numbering {

    /** A leading marker: its number and where it ends. */
    public record Marker(int value, String text, int end) {
    }

    private static final String ZH_NUM = "[一二三四五六七八九十百]+|[0-9]+";
    private static final Pattern ZH = Pattern.compile("^\\s*(?:第(" + ZH_NUM + ")[条款项章节]|[(（](" + ZH_NUM
            + ")[)）]|([一二三四五六七八九十]+)、|([0-9]+)(?:[.．、)）](?![0-9])))");
    private static final Pattern RU = Pattern.compile("^\\s*(?:[Сс]татья\\s+([0-9]+)\\.?|\\(([0-9]+)\\)|([0-9]+)[.)](?![0-9])"
            + "|\\(?([а-я])\\)|([IVX]+)\\.(?=\\s))");
    private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";

    private Numbering() {
    }

    public static Optional<Marker> chinese(String text) {
        Matcher m = ZH.matcher(Texts.normalize(text));
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                String n = m.group(g);
                long value = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : ChineseNumerals.parse(n);
                return Optional.of(new Marker((int) value, text.substring(m.start(), m.end()).strip(), m.end()));
            }
        }
        return Optional.empty();
    }

    public static Optional<Marker> russian(String text) {
        Matcher m = RU.matcher(Texts.normalize(text));
        if (!m.find()) {
            return Optional.empty();
        }
        int value;
        if (m.group(1) != null || m.group(2) != null || m.group(3) != null) {
            value = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        } else if (m.group(4) != null) {
            value = LETTERS.indexOf(m.group(4)) + 1;
        } else {
            value = roman(m.group(5));
        }
        return Optional.of(new Marker(value, text.substring(m.start(), m.end()).strip(), m.end()));
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
