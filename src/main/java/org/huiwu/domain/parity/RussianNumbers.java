// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a Russian text: digits with space thousands separators and decimal commas (1 234,5), digits with
 * тыс./млн, and number words in every case, cardinal, collective and ordinal, compounds included (двадцати трёх =
 * 23, две тысячи восьмого = 2008). "One" in words (один, одна из сторон, первый) and оба are weak, as 一 is in
 * Chinese.
 */
public final class RussianNumbers {

    /** A number word: its value, its place in a compound, whether it multiplies or ends the compound. */
    private record Word(long value, int order, boolean multiplier, boolean ordinal, boolean weak) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();
    private static final Pattern TOKEN = Pattern.compile("[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![0-9.,])([0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![0-9])"
                    + "(?:\\s*(тыс\\.|тысяч[а-я]*|млн\\.?|миллион[а-я]*|млрд\\.?|миллиард[а-я]*))?");
    private static final String[] ADJECTIVE = {"ый", "ой", "ий", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую",
        "ых", "ыми", "ей"};

    static {
        cardinal(1, 1, true, "один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "одною", "одно",
                "одни", "одних", "одними");
        cardinal(2, 1, false, "два", "две", "двух", "двум", "двумя");
        cardinal(3, 1, false, "три", "трех", "трем", "тремя");
        cardinal(4, 1, false, "четыре", "четырех", "четырем", "четырьмя");
        String[] soft = {"пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
            "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
            "девятнадцать"};
        for (int i = 0; i < soft.length; i++) {
            String stem = soft[i].substring(0, soft[i].length() - 1);
            cardinal(i + 5, 1, false, soft[i], stem + "и", stem + "ью");
        }
        WORDS.put("восьми", new Word(8, 1, false, false, false));
        WORDS.put("восьмью", new Word(8, 1, false, false, false));
        cardinal(20, 2, false, "двадцать", "двадцати", "двадцатью");
        cardinal(30, 2, false, "тридцать", "тридцати", "тридцатью");
        cardinal(40, 2, false, "сорок", "сорока");
        String[] tens = {"пят", "шест", "сем", "восем"};
        String[] tensOblique = {"пяти", "шести", "семи", "восьми"};
        for (int i = 0; i < tens.length; i++) {
            cardinal(50 + 10L * i, 2, false, tens[i] + "ьдесят", tensOblique[i] + "десяти", tens[i] + "ьюдесятью");
        }
        cardinal(90, 2, false, "девяносто", "девяноста");
        cardinal(100, 3, false, "сто", "ста");
        cardinal(200, 3, false, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        cardinal(300, 3, false, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        cardinal(400, 3, false, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        String[] hundreds = {"пят", "шест", "сем", "восем", "девят"};
        String[] hundredsOblique = {"пяти", "шести", "семи", "восьми", "девяти"};
        for (int i = 0; i < hundreds.length; i++) {
            cardinal(500 + 100L * i, 3, false, hundreds[i] + "ьсот", hundredsOblique[i] + "сот",
                    hundredsOblique[i] + "стам", hundreds[i] + "ьюстами", hundredsOblique[i] + "стах");
        }
        multiplier(1_000, "тысяч", "а", "и", "е", "у", "ей", "ею", "", "ам", "ами", "ах");
        multiplier(1_000_000, "миллион", "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах");
        multiplier(1_000_000_000, "миллиард", "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах");
        for (String form : new String[] {"оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"}) {
            WORDS.put(form, new Word(2, 1, false, false, true));
        }
        String[] collective = {"дво", "тро", "четвер", "пятер", "шестер", "семер", "восьмер", "девятер", "десятер"};
        for (int i = 0; i < collective.length; i++) {
            String stem = collective[i];
            boolean short_ = i < 2;
            cardinal(i + 2, 1, false, stem + (short_ ? "е" : "о"), stem + (short_ ? "их" : "ых"),
                    stem + (short_ ? "им" : "ым"), stem + (short_ ? "ими" : "ыми"));
        }
        ordinal(1, 1, true, "перв");
        ordinal(2, 1, false, "втор");
        ordinal(4, 1, false, "четверт");
        ordinal(5, 1, false, "пят");
        ordinal(6, 1, false, "шест");
        ordinal(7, 1, false, "седьм");
        ordinal(8, 1, false, "восьм");
        ordinal(9, 1, false, "девят");
        ordinal(10, 1, false, "десят");
        for (int i = 11; i <= 19; i++) {
            ordinal(i, 1, false, soft[i - 5].substring(0, soft[i - 5].length() - 1));
        }
        ordinal(20, 2, false, "двадцат");
        ordinal(30, 2, false, "тридцат");
        ordinal(40, 2, false, "сороков");
        ordinal(50, 2, false, "пятидесят");
        ordinal(60, 2, false, "шестидесят");
        ordinal(70, 2, false, "семидесят");
        ordinal(80, 2, false, "восьмидесят");
        ordinal(90, 2, false, "девяност");
        ordinal(100, 3, false, "сот");
        ordinal(1000, 4, false, "тысячн");
        for (String form : new String[] {"третий", "третья", "третье", "третьи", "третьего", "третьему", "третьим",
            "третьем", "третьей", "третью", "третьих", "третьими"}) {
            WORDS.put(form, new Word(3, 1, false, true, false));
        }
    }

    private RussianNumbers() {
    }

    private static void cardinal(long value, int order, boolean weak, String... forms) {
        for (String form : forms) {
            WORDS.putIfAbsent(form, new Word(value, order, false, false, weak));
        }
    }

    private static void multiplier(long value, String stem, String... endings) {
        for (String ending : endings) {
            WORDS.put(stem + ending, new Word(value, 4, true, false, false));
        }
    }

    private static void ordinal(long value, int order, boolean weak, String stem) {
        for (String ending : ADJECTIVE) {
            WORDS.putIfAbsent(stem + ending, new Word(value, order, false, true, weak));
        }
    }

    /** The numbers of {@code text} outside the taken ranges, taking their ranges. */
    static List<Mention> extract(String text, boolean[] taken) {
        String normal = Texts.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        Matcher d = DIGITS.matcher(normal);
        while (d.find()) {
            BigDecimal value = new BigDecimal(d.group(1).replace(" ", "").replace(',', '.'));
            String scale = d.group(2);
            if (scale != null) {
                value = value.multiply(BigDecimal.valueOf(scale.startsWith("т") ? 1_000L
                        : scale.startsWith("млн") || scale.startsWith("миллион") ? 1_000_000L : 1_000_000_000L));
            }
            add(mentions, taken, new Mention(Numbers.key(value), d.start(), d.end(), false));
        }
        Matcher t = TOKEN.matcher(normal);
        long total = 0;
        long segment = 0;
        int lastOrder = Integer.MAX_VALUE;
        int start = -1;
        int end = -1;
        boolean weak = true;
        boolean closed = false;
        while (true) {
            boolean found = t.find();
            Word word = found ? WORDS.get(Texts.fold(t.group())) : null;
            boolean adjacent = found && end >= 0 && normal.substring(end, t.start()).isBlank();
            boolean continues = word != null && start >= 0 && adjacent && !closed
                    && (word.multiplier() || word.order() < lastOrder);
            if (start >= 0 && !continues) {
                add(mentions, taken, new Mention(Numbers.key(total + segment), start, end, weak));
                start = -1;
            }
            if (!found) {
                break;
            }
            if (word == null) {
                continue;
            }
            if (start < 0) {
                start = t.start();
                total = 0;
                segment = 0;
                weak = true;
                closed = false;
            }
            if (word.multiplier()) {
                total += (segment == 0 ? 1 : segment) * word.value();
                segment = 0;
                lastOrder = 4;
            } else {
                segment += word.value();
                lastOrder = word.order();
            }
            weak &= word.weak();
            closed = word.ordinal();
            end = t.end();
        }
        return mentions;
    }

    private static void add(List<Mention> mentions, boolean[] taken, Mention mention) {
        if (!mention.overlaps(taken)) {
            mention.take(taken);
            mentions.add(mention);
        }
    }

    /** The value of words that are one whole number and nothing else (двух, двадцати трёх), else -1. */
    static long wholeValue(String words) {
        String trimmed = words.strip();
        List<Mention> mentions = extract(trimmed, new boolean[trimmed.length()]);
        if (mentions.size() != 1 || mentions.get(0).start() != 0 || mentions.get(0).end() != trimmed.length()
                || !mentions.get(0).key().chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(mentions.get(0).key());
    }

    /** The values of a text, for tests and tools. */
    public static List<String> values(String text) {
        return extract(text, new boolean[text.length()]).stream().map(Mention::key).toList();
    }
}
