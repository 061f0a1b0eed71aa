// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a Chinese text: Arabic and full-width digits with thousands separators and decimal points, numerals
 * (十六, 一百零五, 两, 二〇〇八), ordinals with 第, 百分之N, and digits with 万/亿. The "one" written as 一 is weak: it
 * stands in 一方, 一次, 一式两份, where the Russian text often has no number at all.
 */
public final class ChineseNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(百分之)?第?(?:([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)([万亿])?|(["
                    + ChineseNumerals.CHARS + "]+))");
    /** Words that contain numeral characters without meaning a number. */
    private static final List<String> IDIOMS = List.of("十分", "百姓", "千方百计", "万分", "千万", "万无一失", "三令五申",
            "四面八方", "五湖四海", "一五一十", "万一", "一律", "百货");

    private ChineseNumbers() {
    }

    /** The numbers of {@code text} outside the taken ranges (dates, times, markers), taking their ranges. */
    static List<Mention> extract(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        for (String idiom : IDIOMS) {
            for (int at = normal.indexOf(idiom); at >= 0; at = normal.indexOf(idiom, at + 1)) {
                for (int i = at; i < at + idiom.length(); i++) {
                    taken[i] = true;
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Matcher m = NUMBER.matcher(normal);
        while (m.find()) {
            BigDecimal value;
            boolean words = m.group(4) != null;
            if (words) {
                long parsed = ChineseNumerals.parse(m.group(4));
                if (parsed < 0) {
                    continue;
                }
                value = BigDecimal.valueOf(parsed);
            } else {
                value = new BigDecimal(m.group(2).replace(",", ""));
                if (m.group(3) != null) {
                    value = value.multiply(BigDecimal.valueOf(m.group(3).equals("万") ? 10_000L : 100_000_000L));
                }
            }
            Mention mention = new Mention(Numbers.key(value), m.start(), m.end(),
                    words && value.compareTo(BigDecimal.ONE) == 0);
            if (!mention.overlaps(taken)) {
                mention.take(taken);
                mentions.add(mention);
            }
        }
        return mentions;
    }

    /** The values of a text, for tests and tools. */
    public static List<String> values(String text) {
        return extract(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }
}
