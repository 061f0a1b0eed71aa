// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in either language: 2008年12月16日 and 二〇〇八年十二月十六日, «16 декабря 2008 года», 16.12.2008, 2008-12-16,
 * and the partial forms (2008年12月, 12月16日, 2008年; «в декабре 2008 года», «16 декабря», «2008 году»). The key is
 * {@code year-month-day} with {@code ?} for what the text does not say; {@link #compatible} matches a partial date
 * with a fuller one that agrees on everything both say.
 */
public final class Dates {

    private static final String ZH_NUM = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";
    private static final Pattern ZH = Pattern.compile(
            "(?:([0-9]{4}|[〇零一二三四五六七八九]{4})年)?(?:(" + ZH_NUM + ")月)?(?:(" + ZH_NUM + ")[日号])?");
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
        "сентябр", "октябр", "ноябр", "декабр"};
    private static final Pattern RU_NUMERIC = Pattern.compile(
            "(?<![0-9.])(?:([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})|([0-9]{4})-([0-9]{2})-([0-9]{2}))(?![0-9])");
    private static final Pattern RU_DAY_MONTH = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})(?:-го)?\\s+(" + String.join("|", GENITIVE) + ")(?:\\s+([0-9]{4})(?:\\s*(?:года|году|год|г\\.))?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_MONTH_YEAR = Pattern.compile(
            "(?<![А-Яа-я])(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|а|й|)\\s+([0-9]{4})"
                    + "(?:\\s*(?:года|году|год|г\\.))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_YEAR = Pattern.compile(
            "(?<![0-9])([0-9]{4})\\s*(?:года|году|год|г\\.|гг\\.)(?![А-Яа-я])");

    private Dates() {
    }

    static String key(Integer year, Integer month, Integer day) {
        return (year == null ? "?" : year) + "-" + (month == null ? "?" : month) + "-" + (day == null ? "?" : day);
    }

    /** Whether two date keys agree on every part both give, and share at least one part. */
    static boolean compatible(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        boolean shared = false;
        for (int i = 0; i < 3; i++) {
            if (!x[i].equals("?") && !y[i].equals("?")) {
                if (!x[i].equals(y[i])) {
                    return false;
                }
                shared = true;
            }
        }
        return shared;
    }

    static List<Mention> chinese(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        if (normal.indexOf('年') < 0 && normal.indexOf('月') < 0 && !hasDigit(normal)) {
            return mentions; // the common case on every keystroke: nothing to look for
        }
        Matcher m = ZH.matcher(normal);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Integer year = m.group(1) == null ? null : (int) value(m.group(1));
            Integer month = m.group(2) == null ? null : (int) value(m.group(2));
            Integer day = m.group(3) == null ? null : (int) value(m.group(3));
            boolean yearOnly = month == null && day == null;
            boolean dayOnly = year == null && month == null;
            if (dayOnly || (yearOnly && (year < 1900 || year > 2100)) || (month != null && (month < 1 || month > 12))
                    || (day != null && (day < 1 || day > 31))) {
                continue;
            }
            add(mentions, taken, new Mention(key(year, month, day), m.start(), m.end(), false));
        }
        for (Matcher n = RU_NUMERIC.matcher(normal); n.find(); ) {
            numeric(n, mentions, taken);
        }
        return mentions;
    }

    static List<Mention> russian(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        if (!hasDigit(normal)) {
            return mentions; // every Russian date form has digits
        }
        for (Matcher n = RU_NUMERIC.matcher(normal); n.find(); ) {
            numeric(n, mentions, taken);
        }
        for (Matcher m = RU_DAY_MONTH.matcher(normal); m.find(); ) {
            int month = List.of(GENITIVE).indexOf(Texts.fold(m.group(2))) + 1;
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            add(mentions, taken, new Mention(key(year, month, Integer.valueOf(m.group(1))), m.start(), m.end(), false));
        }
        for (Matcher m = RU_MONTH_YEAR.matcher(normal); m.find(); ) {
            int month = List.of(STEMS).indexOf(Texts.fold(m.group(1))) + 1;
            add(mentions, taken, new Mention(key(Integer.valueOf(m.group(2)), month, null), m.start(), m.end(), false));
        }
        for (Matcher m = RU_YEAR.matcher(normal); m.find(); ) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2100) {
                add(mentions, taken, new Mention(key(year, null, null), m.start(), m.end(), false));
            }
        }
        return mentions;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void numeric(Matcher n, List<Mention> mentions, boolean[] taken) {
        int year = Integer.parseInt(n.group(3) != null ? n.group(3) : n.group(4));
        int month = Integer.parseInt(n.group(3) != null ? n.group(2) : n.group(5));
        int day = Integer.parseInt(n.group(3) != null ? n.group(1) : n.group(6));
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            add(mentions, taken, new Mention(key(year, month, day), n.start(), n.end(), false));
        }
    }

    private static long value(String numeral) {
        char first = numeral.charAt(0);
        return first >= '0' && first <= '9' ? Long.parseLong(numeral) : ChineseNumerals.parse(numeral);
    }

    private static void add(List<Mention> mentions, boolean[] taken, Mention mention) {
        if (!mention.overlaps(taken)) {
            mention.take(taken);
            mentions.add(mention);
        }
    }

    /** The date keys of a Chinese text, for tests and tools. */
    public static List<String> ofChinese(String text) {
        return chinese(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }

    /** The date keys of a Russian text, for tests and tools. */
    public static List<String> ofRussian(String text) {
        return russian(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }
}
