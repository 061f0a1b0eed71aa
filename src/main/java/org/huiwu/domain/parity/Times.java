// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: 14:30, 14时30分, 下午2点半 (下午/晚上 add 12 hours), «в 14.30», «в 2 часа дня», «в девять часов
 * утра». The key is minutes after midnight; a 12-hour time without a part of the day (2点半, в 2 часа) is marked
 * with a trailing {@code ~} and matches either half of the day.
 */
public final class Times {

    private static final String ZH_HOUR = "[0-9]{1,2}|[零〇一二两三四五六七八九十]{1,3}";
    private static final Pattern ZH = Pattern.compile(
            "(上午|下午|晚上|早上|早晨|中午|凌晨|傍晚|夜间|夜里)?(?:([0-9]{1,2})[:：]([0-9]{2})|(?<!小)(" + ZH_HOUR
                    + ")(时|点)(?:(" + ZH_HOUR + "|[0-9]{2})分|(半)|(整|钟))?)");
    private static final Pattern RU_CLOCK = Pattern.compile(
            "(?<![0-9.,])(?:([0-9]{1,2}):([0-9]{2})|(?<=(?:\\s|^)(?:в|до|с|к|после|около|по|и|—|–|-)\\s)([0-9]{1,2})\\.([0-9]{2}))"
                    + "(?![0-9]|[.,][0-9])(?:\\s+(утра|дня|вечера|ночи))?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern RU_HOURS = Pattern.compile(
            "(?<![А-Яа-я])(?:в|до|с|к|после|около|по)\\s+((?:[0-9]{1,2})|(?:[А-Яа-я]+(?:\\s+[А-Яа-я]+)?))\\s+час(?:а|ов)?"
                    + "(?:\\s+([0-9]{1,2}|[А-Яа-я]+(?:\\s+[А-Яа-я]+)?)\\s+минут[а-я]*)?(?:\\s+(утра|дня|вечера|ночи))?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private Times() {
    }

    static List<Mention> chinese(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        if (normal.indexOf('时') < 0 && normal.indexOf('点') < 0 && normal.indexOf(':') < 0) {
            return mentions;
        }
        for (Matcher m = ZH.matcher(normal); m.find(); ) {
            String period = m.group(1);
            int hour;
            int minute = 0;
            if (m.group(2) != null) {
                hour = Integer.parseInt(m.group(2));
                minute = Integer.parseInt(m.group(3));
            } else {
                hour = (int) number(m.group(4));
                boolean clock = m.group(5).equals("时") && Character.isDigit(m.group(4).charAt(0));
                if (m.group(6) != null) {
                    minute = (int) number(m.group(6));
                } else if (m.group(7) != null) {
                    minute = 30;
                } else if (period == null && m.group(8) == null && !clock) {
                    continue; // 三点共识: points, not o'clock
                }
            }
            boolean colon = m.group(2) != null;
            add(mentions, taken, m.start(), m.end(), hour, minute, period == null ? null : switch (period) {
                case "下午", "晚上", "傍晚", "夜间", "夜里" -> "pm";
                case "中午" -> "noon";
                default -> "am";
            }, colon);
        }
        return mentions;
    }

    static List<Mention> russian(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        boolean clock = Dates.hasDigit(normal) && (normal.indexOf(':') >= 0 || normal.indexOf('.') >= 0);
        for (Matcher m = RU_CLOCK.matcher(clock ? normal : ""); m.find(); ) {
            boolean colon = m.group(1) != null;
            int hour = Integer.parseInt(colon ? m.group(1) : m.group(3));
            int minute = Integer.parseInt(colon ? m.group(2) : m.group(4));
            add(mentions, taken, m.start(), m.end(), hour, minute, period(m.group(5)), true);
        }
        boolean hours = normal.contains("час");
        for (Matcher m = RU_HOURS.matcher(hours ? normal : ""); m.find(); ) {
            long hour = russianNumber(m.group(1));
            long minute = m.group(2) == null ? 0 : russianNumber(m.group(2));
            if (hour < 0 || minute < 0) {
                continue;
            }
            add(mentions, taken, m.start(), m.end(), (int) hour, (int) minute, period(m.group(3)), false);
        }
        return mentions;
    }

    private static String period(String word) {
        if (word == null) {
            return null;
        }
        return switch (Texts.fold(word)) {
            case "дня", "вечера" -> "pm";
            case "ночи" -> "night";
            default -> "am";
        };
    }

    private static long russianNumber(String words) {
        if (Character.isDigit(words.charAt(0))) {
            return Long.parseLong(words);
        }
        return RussianNumbers.wholeValue(words);
    }

    private static long number(String numeral) {
        return Character.isDigit(numeral.charAt(0)) ? Long.parseLong(numeral) : ChineseNumerals.parse(numeral);
    }

    private static void add(List<Mention> mentions, boolean[] taken, int start, int end, int hour, int minute,
            String period, boolean twentyFourHour) {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
            return;
        }
        boolean ambiguous = false;
        if ("pm".equals(period) && hour < 12) {
            hour += 12;
        } else if ("noon".equals(period) && hour < 6) {
            hour += 12;
        } else if (("night".equals(period) || "am".equals(period)) && hour == 12) {
            hour = 0;
        } else if (period == null && !twentyFourHour && hour <= 12) {
            ambiguous = true;
        }
        Mention mention = new Mention((hour % 24) * 60 + minute + (ambiguous ? "~" : ""), start, end, false);
        if (!mention.overlaps(taken)) {
            mention.take(taken);
            mentions.add(mention);
        }
    }

    /** Whether two time keys can mean the same time of day. */
    static boolean compatible(String a, String b) {
        boolean vague = a.endsWith("~") || b.endsWith("~");
        int x = Integer.parseInt(a.replace("~", ""));
        int y = Integer.parseInt(b.replace("~", ""));
        return vague ? x % 720 == y % 720 : x == y;
    }

    /** The time keys of a Chinese text, for tests and tools. */
    public static List<String> ofChinese(String text) {
        return chinese(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }

    /** The time keys of a Russian text, for tests and tools. */
    public static List<String> ofRussian(String text) {
        return russian(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }
}
