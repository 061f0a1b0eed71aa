// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * The parity test set, generated with a fixed seed: correct aligned pairs and pairs with one seeded error each, from
 * the 2008 agreement's articles (Chinese: the signed text; Russian: our own UNOFFICIAL RENDERING, not the authentic
 * Russian text) and from templates of realistic minutes sentences with varied numbers, dates, times, terms and
 * invented names. {@link #split} halves it by the seed: tune on {@code tuning}, report on {@code heldOut}.
 */
final class ParityTestSet {

    static final long SEED = 20081216L;

    /** What was seeded into a pair; {@code null} for a correct pair. */
    enum ErrorClass { NUMBERS, DATES, TIMES, TERMS, NAMES, DROPPED_CLAUSE, ADDED_CLAUSE }

    record Sample(String zh, String ru, ErrorClass error, String origin) {
        boolean correct() {
            return error == null;
        }
    }

    record Split(List<Sample> tuning, List<Sample> heldOut) {
    }

    // ---- registers (invented people, real places) ----
    /** zh, ru nominative, ru genitive, ru instrumental. */
    private static final String[][] CHINESE_PEOPLE = {
        {"王建国", "Ван Цзяньго", "Ван Цзяньго", "Ван Цзяньго"},
        {"李明", "Ли Мин", "Ли Мина", "Ли Мином"},
        {"张伟", "Чжан Вэй", "Чжан Вэя", "Чжан Вэем"},
        {"刘志强", "Лю Чжицян", "Лю Чжицяна", "Лю Чжицяном"},
    };
    private static final String[][] KYRGYZ_PEOPLE = {
        {"阿萨诺夫·努尔兰", "Асанов Нурлан", "Асанова Нурлана", "Асановым Нурланом"},
        {"托克托古洛夫·巴克特", "Токтогулов Бакыт", "Токтогулова Бакыта", "Токтогуловым Бакытом"},
        {"马马耶夫·阿扎马特", "Мамаев Азамат", "Мамаева Азамата", "Мамаевым Азаматом"},
        {"苏尔坦诺娃·艾达", "Султанова Айда", "Султановой Айды", "Султановой Айдой"},
    };
    /** zh, ru nominative, ru genitive, ru prepositional. */
    private static final String[][] PLACES = {
        {"吐尔尕特", "Торугарт", "Торугарта", "Торугарте"},
        {"伊尔克什坦", "Иркештам", "Иркештама", "Иркештаме"},
        {"别迭里", "Бедел", "Бедела", "Беделе"},
        {"纳伦", "Нарын", "Нарына", "Нарыне"},
        {"喀什", "Кашгар", "Кашгара", "Кашгаре"},
    };

    // ---- terms in the forms the templates need ----
    /** Topics: zh, ru nominative, ru "о + prepositional". */
    private static final String[][] TOPICS = {
        {"非法越界", "незаконное пересечение границы", "о незаконном пересечении границы"},
        {"毒品", "наркотики", "о наркотиках"},
        {"武器", "оружие", "об оружии"},
        {"自然灾害", "стихийные бедствия", "о стихийных бедствиях"},
        {"传染病", "инфекционные заболевания", "об инфекционных заболеваниях"},
        {"恐怖主义", "терроризм", "о терроризме"},
        {"非法移民", "незаконная миграция", "о незаконной миграции"},
        {"爆炸物", "взрывчатые вещества", "о взрывчатых веществах"},
    };
    /** Roles: zh, ru nominative singular. */
    private static final String[][] ROLES = {
        {"边界代表", "пограничный представитель"},
        {"副代表", "заместитель пограничного представителя"},
        {"助手", "помощник"},
        {"联络军官", "офицер связи"},
    };

    private static final String[] MONTH_GEN = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] MONTH_PREP = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
        "августе", "сентябре", "октябре", "ноябре", "декабре"};

    /** The slot values of one sentence; an error changes one of them on one side only. */
    private record Slots(LocalDate date, LocalTime time, LocalTime time2, int n, double d, int person, int place,
            int topic, int topic2, int topic3, int role, int style) {
    }

    /** A template: its rendering of both sides and the error classes it can carry. */
    private record Template(String name, Function<Slots, String> zh, Function<Slots, String> ru, List<ErrorClass> errors) {
    }

    private final Random random;

    private ParityTestSet(long seed) {
        this.random = new Random(seed);
    }

    static Split split(long seed) {
        List<Sample> all = new ArrayList<>(build(seed));
        Collections.shuffle(all, new Random(seed ^ 0x5EED));
        int half = all.size() / 2;
        return new Split(List.copyOf(all.subList(0, half)), List.copyOf(all.subList(half, all.size())));
    }

    static List<Sample> build(long seed) {
        return new ParityTestSet(seed).generate();
    }

    /** The names of the test registers, as the CLI would take them from the registers. */
    static List<Term> names() {
        List<Term> names = new ArrayList<>();
        for (String[][] group : new String[][][] {CHINESE_PEOPLE, KYRGYZ_PEOPLE, PLACES}) {
            for (String[] row : group) {
                names.add(new Term(UUID.nameUUIDFromBytes(row[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        List.of(row[0]), List.of(row[1], row[2], row[3]), "test register"));
            }
        }
        return names;
    }

    static TermSource termSource() {
        return SeedTerms.load().withNames(names());
    }

    private List<Sample> generate() {
        List<Sample> samples = new ArrayList<>();
        for (String[] article : AgreementArticles.PAIRS) {
            samples.add(new Sample(article[0], article[1], null, "agreement"));
        }
        List<Template> templates = templates();
        for (int i = 0; i < 420; i++) {
            Template t = templates.get(i % templates.size());
            Slots s = slots();
            samples.add(new Sample(t.zh().apply(s), t.ru().apply(s), null, t.name()));
        }
        for (ErrorClass error : ErrorClass.values()) {
            List<Template> fitting = templates.stream().filter(t -> t.errors().contains(error)).toList();
            for (int i = 0; i < 32; i++) {
                samples.add(seeded(error, fitting.get(i % fitting.size()), templates));
            }
        }
        // Dropped and added clauses in the agreement's own multi-sentence articles.
        for (String[] article : AgreementArticles.PAIRS) {
            String[] zhSentences = article[0].split("(?<=。)");
            String[] ruSentences = article[1].split("(?<=\\.)\\s+");
            if (zhSentences.length >= 2 && zhSentences.length == ruSentences.length) {
                int drop = random.nextInt(zhSentences.length);
                boolean zhSide = random.nextBoolean();
                samples.add(new Sample(zhSide ? without(zhSentences, drop, "") : article[0],
                        zhSide ? article[1] : without(ruSentences, drop, " "), ErrorClass.DROPPED_CLAUSE, "agreement"));
            }
        }
        return samples;
    }

    private static String without(String[] sentences, int drop, String joiner) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i != drop) {
                kept.add(sentences[i].strip());
            }
        }
        return String.join(joiner, kept);
    }

    private Sample seeded(ErrorClass error, Template t, List<Template> all) {
        Slots s = slots();
        boolean zhSide = random.nextBoolean();
        String zh = t.zh().apply(s);
        String ru = t.ru().apply(s);
        switch (error) {
            case DROPPED_CLAUSE, ADDED_CLAUSE -> {
                Template other = all.get(random.nextInt(all.size()));
                while (other == t || other.name().equals("list")) {
                    other = all.get(random.nextInt(all.size()));
                }
                Slots s2 = slots();
                String zh2 = other.zh().apply(s2);
                String ru2 = other.ru().apply(s2);
                if (t.name().equals("list") && error == ErrorClass.DROPPED_CLAUSE) {
                    // drop one entry of the list on one side
                    Slots fewer = new Slots(s.date(), s.time(), s.time2(), s.n(), s.d(), s.person(), s.place(),
                            s.topic(), s.topic2(), -1, s.role(), s.style());
                    return new Sample(zhSide ? t.zh().apply(fewer) : zh, zhSide ? ru : t.ru().apply(fewer), error, t.name());
                }
                if (error == ErrorClass.DROPPED_CLAUSE) {
                    return new Sample(zhSide ? zh : zh + zh2, zhSide ? ru + " " + ru2 : ru, error, t.name() + "+" + other.name());
                }
                return new Sample(zhSide ? zh + zh2 : zh, zhSide ? ru : ru + " " + ru2, error, t.name() + "+" + other.name());
            }
            default -> {
                // Retry until the mutation shows in the text (a changed day does not show in "2014年12月").
                Slots changed = mutate(s, error);
                for (int i = 0; i < 50 && (zhSide ? t.zh() : t.ru()).apply(changed).equals(zhSide ? zh : ru); i++) {
                    changed = mutate(s, error);
                }
                return new Sample(zhSide ? t.zh().apply(changed) : zh, zhSide ? ru : t.ru().apply(changed), error, t.name());
            }
        }
    }

    private Slots mutate(Slots s, ErrorClass error) {
        return switch (error) {
            case NUMBERS -> {
                int n = s.n();
                while (n == s.n() || n % 10 == s.n() % 10) {
                    n = 2 + random.nextInt(38);
                }
                double d = s.d();
                while (d == s.d()) {
                    d = distance();
                }
                yield new Slots(s.date(), s.time(), s.time2(), n, d, s.person(), s.place(), s.topic(), s.topic2(),
                        s.topic3(), s.role(), s.style());
            }
            case DATES -> {
                LocalDate date = switch (random.nextInt(3)) {
                    case 0 -> s.date().plusDays(1 + random.nextInt(5));
                    case 1 -> s.date().plusMonths(1 + random.nextInt(3));
                    default -> s.date().minusYears(1);
                };
                yield new Slots(date, s.time(), s.time2(), s.n(), s.d(), s.person(), s.place(), s.topic(), s.topic2(),
                        s.topic3(), s.role(), s.style());
            }
            case TIMES -> new Slots(s.date(), s.time().plusMinutes(random.nextBoolean() ? 30 : 60),
                    s.time2().plusMinutes(random.nextBoolean() ? 30 : 60), s.n(), s.d(), s.person(), s.place(),
                    s.topic(), s.topic2(), s.topic3(), s.role(), s.style());
            case TERMS -> new Slots(s.date(), s.time(), s.time2(), s.n(), s.d(), s.person(), s.place(),
                    other(s.topic(), TOPICS.length, s.topic2(), s.topic3()), s.topic2(), s.topic3(),
                    other(s.role(), ROLES.length, -1, -1), s.style());
            case NAMES -> new Slots(s.date(), s.time(), s.time2(), s.n(), s.d(), other(s.person(), 4, -1, -1),
                    other(s.place(), PLACES.length, -1, -1), s.topic(), s.topic2(), s.topic3(), s.role(), s.style());
            default -> s;
        };
    }

    private int other(int value, int size, int avoid1, int avoid2) {
        int result = value;
        while (result == value || result == avoid1 || result == avoid2) {
            result = random.nextInt(size);
        }
        return result;
    }

    private double distance() {
        double[] choices = {1.5, 2, 3, 4.5, 5, 7, 12.5, 15, 20, 0.8};
        return choices[random.nextInt(choices.length)];
    }

    private Slots slots() {
        LocalDate date = LocalDate.of(2009 + random.nextInt(17), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalTime time = LocalTime.of(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
        LocalTime time2 = time.plusHours(2 + random.nextInt(4));
        int topic = random.nextInt(TOPICS.length);
        int topic2 = (topic + 1 + random.nextInt(TOPICS.length - 1)) % TOPICS.length;
        int topic3 = topic;
        while (topic3 == topic || topic3 == topic2) {
            topic3 = random.nextInt(TOPICS.length);
        }
        return new Slots(date, time, time2, 2 + random.nextInt(38), distance(), random.nextInt(4),
                random.nextInt(PLACES.length), topic, topic2, topic3, random.nextInt(ROLES.length), random.nextInt(4));
    }

    // ---- renderings ----

    static String zhNumeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        String rest = n % 100 == 0 ? "" : (n % 100 < 10 ? "零" + digits.charAt(n % 10) : (n % 100 < 20 ? "一" : "")
                + zhNumeral(n % 100));
        return digits.charAt(n / 100) + "百" + rest;
    }

    private static String zhYear(int year) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            out.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    private static String zhDate(LocalDate date, int style) {
        return style % 2 == 0 ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : zhYear(date.getYear()) + "年" + zhNumeral(date.getMonthValue()) + "月" + zhNumeral(date.getDayOfMonth())
                        + "日";
    }

    private static String ruDate(LocalDate date, int style) {
        return style < 3 ? date.getDayOfMonth() + " " + MONTH_GEN[date.getMonthValue() - 1] + " " + date.getYear() + " года"
                : String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String zhTime(LocalTime time, int style) {
        int h = time.getHour();
        int m = time.getMinute();
        return switch (style) {
            case 0 -> String.format("%d:%02d", h, m);
            case 1 -> h + "时" + (m == 0 ? "" : m + "分");
            case 2 -> (h < 12 ? "上午" : "下午") + (h > 12 ? h - 12 : h) + "点" + (m == 30 ? "半" : "");
            default -> (h < 12 ? "上午" : "下午") + zhNumeral(h > 12 ? h - 12 : h) + "时" + (m == 0 ? "整" : zhNumeral(m) + "分");
        };
    }

    /** After "в", "с" or "до". */
    private static String ruTime(LocalTime time, int style) {
        int h = time.getHour();
        int m = time.getMinute();
        return switch (style) {
            case 0, 3 -> String.format("%d:%02d", h, m);
            case 1 -> String.format("%d.%02d", h, m);
            default -> h + " " + hours(h) + (m == 0 ? "" : " " + m + " минут");
        };
    }

    private static String hours(int h) {
        int last = h % 10;
        return h >= 11 && h <= 14 ? "часов" : last == 1 ? "час" : last >= 2 && last <= 4 ? "часа" : "часов";
    }

    private static final String[] RU_UNITS_GEN = {"", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи",
        "восьми", "девяти", "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати",
        "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"};
    private static final String[] RU_TENS_GEN = {"", "", "двадцати", "тридцати", "сорока"};

    /** A number in the genitive, in words for the odd styles and in digits for the even ones. */
    private static String ruGenitive(int n, int style) {
        if (style % 2 == 0) {
            return String.valueOf(n);
        }
        if (n < 20) {
            return RU_UNITS_GEN[n];
        }
        return RU_TENS_GEN[n / 10] + (n % 10 == 0 ? "" : " " + RU_UNITS_GEN[n % 10]);
    }

    private static String zhNumber(int n, int style) {
        return style % 2 == 0 ? String.valueOf(n) : zhNumeral(n);
    }

    private static String zhDecimal(double d) {
        return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
    }

    private static String ruDecimal(double d) {
        return zhDecimal(d).replace('.', ',');
    }

    private static String[] person(Slots s, boolean kyrgyz) {
        return (kyrgyz ? KYRGYZ_PEOPLE : CHINESE_PEOPLE)[s.person()];
    }

    private static List<Template> templates() {
        List<ErrorClass> none = List.of(ErrorClass.DROPPED_CLAUSE, ErrorClass.ADDED_CLAUSE);
        List<Template> t = new ArrayList<>();
        t.add(new Template("next-talks",
                s -> "双方商定于" + zhDate(s.date(), s.style()) + "在" + PLACES[s.place()][0] + "举行下一次边界代表会谈。",
                s -> "Стороны договорились провести следующие переговоры пограничных представителей "
                        + ruDate(s.date(), s.style()) + " в " + PLACES[s.place()][3] + ".",
                plus(none, ErrorClass.DATES, ErrorClass.NAMES)));
        t.add(new Template("talks-start",
                s -> "会谈于" + zhDate(s.date(), s.style() + 1) + zhTime(s.time(), s.style()) + "在会晤站开始。",
                s -> "Переговоры начались " + ruDate(s.date(), 3 - s.style()) + " в " + ruTime(s.time(), s.style())
                        + " в пункте встреч.",
                plus(none, ErrorClass.DATES, ErrorClass.TIMES)));
        t.add(new Template("handover",
                s -> s.date().getYear() + "年" + s.date().getMonthValue() + "月，双方共移交" + zhNumber(s.n(), s.style())
                        + "名非法越界人员。",
                s -> "В " + MONTH_PREP[s.date().getMonthValue() - 1] + " " + s.date().getYear()
                        + " года стороны передали друг другу " + ruAccusativePeople(s.n(), s.style())
                        + " нарушителей границы.",
                plus(none, ErrorClass.NUMBERS, ErrorClass.DATES)));
        t.add(new Template("chair-cn",
                s -> "中方" + ROLES[s.role()][0] + person(s, false)[0] + "主持会谈。",
                s -> "Переговоры вёл " + ROLES[s.role()][1] + " китайской стороны " + person(s, false)[1] + ".",
                plus(none, ErrorClass.TERMS, ErrorClass.NAMES)));
        t.add(new Template("chair-kg",
                s -> "吉方" + ROLES[s.role()][0] + person(s, true)[0] + "参加了会谈。",
                s -> "В переговорах участвовал " + ROLES[s.role()][1] + " кыргызской стороны " + person(s, true)[1] + ".",
                plus(none, ErrorClass.TERMS, ErrorClass.NAMES)));
        t.add(new Template("reply-days",
                s -> "双方同意在" + zhNumber(s.n(), s.style()) + "天内答复对方关于" + TOPICS[s.topic()][0] + "的通报。",
                s -> "Стороны согласились в течение " + ruGenitive(s.n(), s.style())
                        + " дней отвечать на уведомления другой стороны " + TOPICS[s.topic()][2] + ".",
                plus(none, ErrorClass.NUMBERS, ErrorClass.TERMS)));
        t.add(new Template("phone-hours",
                s -> "会晤站之间的电话联系时间为每天" + zhTime(s.time(), s.style()) + "至" + zhTime(s.time2(), s.style()) + "。",
                s -> "Телефонная связь между пунктами встреч поддерживается ежедневно с " + ruTime(s.time(), s.style())
                        + " до " + ruTime(s.time2(), s.style()) + ".",
                plus(none, ErrorClass.TIMES)));
        t.add(new Template("incident-distance",
                s -> "该意外事件发生在距国界" + zhDecimal(s.d()) + "公里处，" + PLACES[s.place()][0] + "附近。",
                s -> "Инцидент произошёл в " + ruDecimal(s.d()) + " км от государственной границы, вблизи "
                        + PLACES[s.place()][2] + ".",
                plus(none, ErrorClass.NUMBERS, ErrorClass.NAMES)));
        t.add(new Template("article-info",
                s -> "根据协议第" + zhNumber(1 + s.n() % 10, s.style()) + "条，双方交换了" + TOPICS[s.topic()][0] + "的信息。",
                s -> "В соответствии со статьёй " + (1 + s.n() % 10) + " Соглашения стороны обменялись информацией "
                        + TOPICS[s.topic()][2] + ".",
                plus(none, ErrorClass.NUMBERS, ErrorClass.TERMS)));
        t.add(new Template("delegation",
                s -> "吉方代表团由" + zhNumber(s.n(), s.style()) + "人组成，团长为" + person(s, true)[0] + "。",
                s -> "Делегация кыргызской стороны в составе " + ruGenitive(s.n(), s.style())
                        + " человек прибыла во главе с " + person(s, true)[3] + ".",
                plus(none, ErrorClass.NUMBERS, ErrorClass.NAMES)));
        t.add(new Template("patrol",
                s -> "自" + zhDate(s.date(), s.style()) + "起，双方在" + PLACES[s.place()][0] + "地段每" + zhNumber(s.n(), s.style() + 1)
                        + "天进行一次联合巡逻，巡逻于" + zhTime(s.time(), s.style()) + "开始。",
                s -> "С " + ruDate(s.date(), s.style()) + " стороны проводят совместное патрулирование на участке "
                        + PLACES[s.place()][2] + " один раз в " + ruAccusative(s.n(), s.style() + 1)
                        + " дней, начало патрулирования в " + ruTime(s.time(), s.style()) + ".",
                List.of(ErrorClass.DATES, ErrorClass.NAMES, ErrorClass.TIMES, ErrorClass.DROPPED_CLAUSE,
                        ErrorClass.ADDED_CLAUSE)));
        t.add(new Template("list",
                s -> "双方讨论了以下问题：" + TOPICS[s.topic()][0] + "；" + TOPICS[s.topic2()][0]
                        + (s.topic3() < 0 ? "" : "；" + TOPICS[s.topic3()][0]) + "。",
                s -> "Стороны обсудили следующие вопросы: " + TOPICS[s.topic()][1] + "; " + TOPICS[s.topic2()][1]
                        + (s.topic3() < 0 ? "" : "; " + TOPICS[s.topic3()][1]) + ".",
                plus(none, ErrorClass.TERMS)));
        return t;
    }

    private static List<ErrorClass> plus(List<ErrorClass> base, ErrorClass... more) {
        List<ErrorClass> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** Inanimate accusative (= nominative): два, три, пять… */
    private static String ruAccusative(int n, int style) {
        return ruAccusativePeople(n, style).replace("двух", "два").replace("трёх", "три").replace("четырёх", "четыре")
                .replace("одного", "один");
    }

    /** Animate accusative after a number: двух, трёх, четырёх (like the genitive), пять, шесть… (nominative). */
    private static String ruAccusativePeople(int n, int style) {
        if (style % 2 == 0) {
            return String.valueOf(n);
        }
        String[] nominative = {"", "одного", "двух", "трёх", "четырёх", "пять", "шесть", "семь", "восемь", "девять",
            "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
            "семнадцать", "восемнадцать", "девятнадцать"};
        String[] tens = {"", "", "двадцать", "тридцать", "сорок"};
        if (n < 20) {
            return nominative[n];
        }
        return tens[n / 10] + (n % 10 == 0 ? "" : " " + nominative[n % 10]);
    }
}
