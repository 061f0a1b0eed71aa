// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.search;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.service.search.HitKind;
import org.huiwu.service.search.MeetingFacts;
import org.huiwu.service.search.RecordState;
import org.huiwu.service.search.SearchDocument;
import org.huiwu.service.search.SearchEntry;
import org.huiwu.service.search.SearchFilter;
import org.huiwu.service.search.SearchPage;
import org.huiwu.service.search.SearchQuery;
import org.huiwu.service.search.SearchService;

/**
 * {@code bench search}: builds an archive's worth of aligned pairs from templates with random names, places,
 * numbers and dates, indexes them (encrypted, as the app does) and stores them in an encrypted H2 table, then times
 * the same queries through {@link SearchService#search} (count, 50 hits, highlighted) and as a plain LIKE scan.
 */
public final class SearchBench {

    /** Pairs per meeting: long minutes, so a million pairs make a thousand meetings. */
    private static final int PAIRS_PER_MEETING = 1000;
    private static final int WARM_UP = 200;
    private static final int QUERIES_PER_LANGUAGE = 300;

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯健俊帆帅旭宁晨阳博文辉力龙海波峰建国志新春亮成东林晓雪梅琳颖慧婷雅倩";
    private static final String PLACE_CHARS = "阿克苏喀什伊犁塔城吐尔尕特坦别迭里木扎托巴音乌恰温宿合奇纳伦卡拉库奥什贾拉勒";
    private static final String[] RU_SYLLABLES = {"ка", "ра", "су", "тал", "кок", "джер", "сар", "бе", "жа", "то", "мур",
        "ат", "бай", "кул", "нар", "ыш", "ал", "та", "бек", "ман", "ур", "ай", "ке", "чол", "ба", "ас", "ил", "дар"};
    private static final String[] RU_SURNAME_ENDINGS = {"ов", "ев", "ин", "беков", "алиев", "уулу"};
    private static final String[][] TOPICS = {
        {"边境管理", "охраны границы"}, {"非法越界", "незаконного пересечения границы"}, {"联络", "связи"},
        {"走私", "контрабанды"}, {"山洪", "паводков"}, {"界标", "пограничных знаков"}, {"巡逻", "патрулирования"},
        {"情报交流", "обмена информацией"}, {"恐怖主义", "терроризма"}, {"牲畜越界", "перехода скота через границу"}};
    private static final String[][] TEMPLATES = {
        {"{date}双方在{place}就{topic}问题举行会谈，{name}出席。",
            "{date} Стороны провели в {place} переговоры по вопросам {topic}, присутствовал {rname}."},
        {"双方确认已移交非法越界人员{n}名，由{name}负责{topic}工作。",
            "Стороны подтвердили передачу {n} нарушителей границы; за вопросы {topic} отвечает {rname}."},
        {"中方{name}通报了{place}附近{topic}的情况，共发现{n}起事件。",
            "Китайская сторона ({rname}) сообщила об обстановке в области {topic} вблизи {place}: выявлено {n} случаев."},
        {"双方同意在{date}前完成{place}段{n}号界标的联合检查。",
            "Стороны договорились до {date} завершить совместную проверку пограничного знака № {n} на участке {place}."},
        {"吉方代表{name}建议加强{topic}方面的合作，车辆号牌{plate}。",
            "Представитель Кыргызской стороны {rname} предложил усилить сотрудничество в сфере {topic}, госномер {plate}."},
        {"会谈纪要第{n}条由{name}负责落实，期限至{date}。",
            "Пункт {n} протокола выполняет {rname}, срок — до {date}."},
    };
    /** Russian words as users type them, in forms other than the texts' (stemming must bring them together). */
    private static final String[] RU_INFLECTED = {"граница", "границей", "границе", "связью", "контрабандой",
        "паводки", "патрулирование", "терроризм", "протоколом", "переговорах", "сотрудничеству", "нарушитель"};
    private static final String[] ZH_FREQUENT = {"双方", "边境管理", "联络", "会谈", "合作", "界标", "情况"};

    private SearchBench() {
    }

    /** The figures, one line each. */
    public record Result(List<String> lines) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    /** Builds in {@code folder} (created, left for inspection) and prints progress to {@code progress}. */
    public static Result run(Path folder, int pairs, long seed, PrintStream progress) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Vocabulary vocabulary = new Vocabulary(random);
        List<String> lines = new ArrayList<>();
        int meetings = (pairs + PAIRS_PER_MEETING - 1) / PAIRS_PER_MEETING;

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("like").toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        h2.setUser("bench");
        h2.setPassword(java.util.HexFormat.of().formatHex(key) + " bench");
        long indexNanos = 0;
        long tableNanos = 0;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve(LuceneSearchIndex.FOLDER), key);
             Connection connection = h2.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE pair (id BIGINT PRIMARY KEY, meeting_id BIGINT NOT NULL, held DATE NOT NULL,"
                        + " zh_text VARCHAR(100000) NOT NULL, ru_text VARCHAR(100000) NOT NULL)");
            }
            connection.setAutoCommit(false);
            long id = 0;
            for (int m = 0; m < meetings; m++) {
                int count = Math.min(PAIRS_PER_MEETING, pairs - m * PAIRS_PER_MEETING);
                LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(27 * 365));
                MeetingFacts facts = facts(m + 1L, day, random);
                List<SearchDocument> documents = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    documents.add(new SearchDocument(facts, new SearchEntry(HitKind.PAIR, UUID.randomUUID(), i + 1,
                            vocabulary.pair(random))));
                }
                long begin = System.nanoTime();
                index.replace(m + 1L, "bench", documents);
                indexNanos += System.nanoTime() - begin;
                begin = System.nanoTime();
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO pair (id, meeting_id, held, zh_text, ru_text) VALUES (?, ?, ?, ?, ?)")) {
                    for (SearchDocument document : documents) {
                        insert.setLong(1, ++id);
                        insert.setLong(2, m + 1L);
                        insert.setObject(3, day);
                        insert.setString(4, document.entry().text().zh());
                        insert.setString(5, document.entry().text().ru());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                tableNanos += System.nanoTime() - begin;
                if ((m + 1) % 50 == 0 || m + 1 == meetings) {
                    progress.printf("built %d of %d pairs%n", id, pairs);
                }
            }
            long begin = System.nanoTime();
            index.commit();
            indexNanos += System.nanoTime() - begin;
            Arrays.fill(key, (byte) 0);

            long zhTerms = index.distinctTerms(SearchAnalysis.ZH);
            long ruTerms = index.distinctTerms(SearchAnalysis.RU);
            lines.add(String.format("pairs=%d meetings=%d distinct_terms=%d (zh bigrams %d, ru stems %d)", pairs,
                    meetings, zhTerms + ruTerms, zhTerms, ruTerms));
            lines.add(String.format("build: index %.1f s (encrypted, %.1f MiB on disk); LIKE table %.1f s",
                    indexNanos / 1e9, index.sizeOnDisk() / 1048576.0, tableNanos / 1e9));

            SearchService search = SearchService.searchOnly(index);
            Map<String, List<String>> queries = vocabulary.queries(random, QUERIES_PER_LANGUAGE);
            for (int i = 0; i < WARM_UP; i++) {
                List<String> some = queries.get(i % 2 == 0 ? "zh" : "ru");
                search.search(SearchQuery.of(some.get(i % some.size())));
            }
            for (Map.Entry<String, List<String>> language : queries.entrySet()) {
                long[] nanos = new long[language.getValue().size()];
                long found = 0;
                int empty = 0;
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    SearchPage page = search.search(SearchQuery.of(language.getValue().get(i)));
                    nanos[i] = System.nanoTime() - start;
                    found += page.total();
                    empty += page.total() == 0 ? 1 : 0;
                }
                lines.add(String.format("lucene %-6s queries=%d %s mean_hits=%d no_hits=%d", language.getKey(),
                        nanos.length, percentiles(nanos), found / nanos.length, empty));
                // The same queries fetching one hit: how much of the time is fetching and highlighting 50.
                long[] first = new long[nanos.length];
                for (int i = 0; i < first.length; i++) {
                    long start = System.nanoTime();
                    search.search(new SearchQuery(language.getValue().get(i), SearchFilter.NONE,
                            SearchQuery.Order.NEWEST, 1));
                    first[i] = System.nanoTime() - start;
                }
                lines.add(String.format("  (1 hit) %-6s %s", language.getKey(), percentiles(first)));
            }
            lines.add(heap());

            int likeQueries = pairs >= 200_000 ? 5 : 20;
            for (Map.Entry<String, List<String>> language : queries.entrySet()) {
                List<String> some = language.getValue().subList(0, Math.min(likeQueries, language.getValue().size()));
                long[] nanos = new long[some.size()];
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    like(connection, some.get(i));
                    nanos[i] = System.nanoTime() - start;
                }
                lines.add(String.format("like   %-6s queries=%d %s", language.getKey(), nanos.length,
                        percentiles(nanos)));
            }
        }
        return new Result(lines);
    }

    /** What the app would do without an index: count and the newest 50 of every pair containing the text. */
    private static void like(Connection connection, String query) throws SQLException {
        String pattern = "%" + query.replace("%", "\\%").replace("_", "\\_") + "%";
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM pair WHERE zh_text LIKE ? OR ru_text LIKE ?");
             PreparedStatement top = connection.prepareStatement(
                     "SELECT id, zh_text, ru_text FROM pair WHERE zh_text LIKE ? OR ru_text LIKE ? "
                             + "ORDER BY held DESC, id LIMIT 50")) {
            for (PreparedStatement statement : List.of(count, top)) {
                statement.setString(1, pattern);
                statement.setString(2, pattern);
                try (ResultSet rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        // The pools peak at different times: their sum bounds the peak from above (it may exceed the maximum).
        return String.format("heap: %.0f MiB used after the queries (after GC), pool peaks summed %.0f MiB, max %.0f MiB",
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, peak / 1048576.0,
                runtime.maxMemory() / 1048576.0);
    }

    private static MeetingFacts facts(long meetingId, LocalDate day, Random random) {
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        areas.add(CooperationArea.values()[random.nextInt(CooperationArea.values().length)]);
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        categories.add(InformationCategory.values()[random.nextInt(InformationCategory.values().length)]);
        return new MeetingFacts(meetingId, UUID.randomUUID(), MeetingLevel.values()[random.nextInt(3)],
                1 + random.nextInt(40), day, areas, categories, RecordState.values()[random.nextInt(3)]);
    }

    /** Random names, places, numbers, plates and dates put into the templates; remembers some for the queries. */
    private static final class Vocabulary {

        private final List<String> zhNames = new ArrayList<>();
        private final List<String> ruNames = new ArrayList<>();
        private final List<String> numbers = new ArrayList<>();
        private final List<String> plates = new ArrayList<>();
        private final Random random;

        Vocabulary(Random random) {
            this.random = random;
        }

        Bilingual pair(Random r) {
            String[] template = TEMPLATES[r.nextInt(TEMPLATES.length)];
            String[] topic = TOPICS[r.nextInt(TOPICS.length)];
            String zhName = zhName(r);
            String ruName = ruName(r);
            String place = placeZh(r);
            String placeRu = placeRu(r);
            String n = String.valueOf(1 + r.nextInt(99_999));
            String plate = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (1000 + r.nextInt(9000));
            LocalDate date = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(27 * 365));
            // Only what the template puts in the text: every remembered term must be found.
            if (template[0].contains("{name}")) {
                remember(zhNames, zhName);
                remember(ruNames, ruName);
            }
            if (template[0].contains("{n}")) {
                remember(numbers, n);
            }
            if (template[0].contains("{plate}")) {
                remember(plates, plate);
            }
            String zh = template[0].replace("{date}", date.getYear() + "年" + date.getMonthValue() + "月"
                    + date.getDayOfMonth() + "日").replace("{place}", place).replace("{topic}", topic[0])
                    .replace("{name}", zhName).replace("{n}", n).replace("{plate}", plate);
            String ru = template[1].replace("{date}", String.format("%02d.%02d.%d", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear())).replace("{place}", placeRu).replace("{topic}", topic[1])
                    .replace("{rname}", ruName).replace("{n}", n).replace("{plate}", plate);
            return Bilingual.of(zh, ru);
        }

        /** Keeps a bounded random sample (reservoir-like) of what went into the texts. */
        private void remember(List<String> sample, String value) {
            if (sample.size() < 5000) {
                sample.add(value);
            } else if (random.nextInt(200) == 0) {
                sample.set(random.nextInt(sample.size()), value);
            }
        }

        private static String zhName(Random r) {
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
            int given = 1 + r.nextInt(2);
            for (int i = 0; i < given; i++) {
                name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
            }
            return name.toString();
        }

        private static String ruName(Random r) {
            StringBuilder name = new StringBuilder();
            int syllables = 2 + r.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                name.append(RU_SYLLABLES[r.nextInt(RU_SYLLABLES.length)]);
            }
            name.append(RU_SURNAME_ENDINGS[r.nextInt(RU_SURNAME_ENDINGS.length)]);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        private static String placeZh(Random r) {
            StringBuilder place = new StringBuilder();
            int length = 2 + r.nextInt(3);
            for (int i = 0; i < length; i++) {
                place.append(PLACE_CHARS.charAt(r.nextInt(PLACE_CHARS.length())));
            }
            return place.append(r.nextBoolean() ? "山口" : "哨所").toString();
        }

        private static String placeRu(Random r) {
            StringBuilder place = new StringBuilder();
            int syllables = 2 + r.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                place.append(RU_SYLLABLES[r.nextInt(RU_SYLLABLES.length)]);
            }
            return "заставы " + Character.toUpperCase(place.charAt(0)) + place.substring(1);
        }

        /**
         * Chinese: frequent words, rare names, single characters; Russian: frequent words in other forms and rare
         * names in other cases; Latin plates and numbers.
         */
        Map<String, List<String>> queries(Random r, int each) {
            Map<String, List<String>> queries = new LinkedHashMap<>();
            List<String> zh = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            List<String> latin = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                zh.add(switch (i % 3) {
                    case 0 -> ZH_FREQUENT[r.nextInt(ZH_FREQUENT.length)];
                    case 1 -> zhNames.get(r.nextInt(zhNames.size()));
                    default -> String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length())));
                });
                // Frequent words in other forms than the texts have; rare names as written (Snowball stems
                // invented surnames unevenly, a user types them as found in the record).
                ru.add(i % 2 == 0 ? RU_INFLECTED[r.nextInt(RU_INFLECTED.length)]
                        : ruNames.get(r.nextInt(ruNames.size())));
                latin.add(i % 2 == 0 ? plates.get(r.nextInt(plates.size())) : numbers.get(r.nextInt(numbers.size())));
            }
            queries.put("zh", zh);
            queries.put("ru", ru);
            queries.put("latin", latin);
            return queries;
        }
    }
}
