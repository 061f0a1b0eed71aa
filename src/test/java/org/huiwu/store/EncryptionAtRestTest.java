// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.h2.mvstore.DataUtils;
import org.huiwu.Launcher;
import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 3, "Done means": known Chinese, Russian and Kyrgyz texts with ASCII markers are written through the
 * repositories, the archive is closed, and every file of the archive folder and of the log folder is scanned for
 * them in UTF-8, UTF-16LE, UTF-16BE, Java's modified UTF-8 and H2's own string encoding. Encrypted: nothing is found.
 * The positive control runs the very same scan on an archive written with encryption switched off, and finds them:
 * the scan can fail.
 *
 * <p>H2's own string encoding is not modified UTF-8: H2 2.x ({@code DataUtils.writeStringData}) writes each char as
 * UTF-8 does, but leaves the {@code 10} tag off its continuation bytes (吐 is {@code E5 10 10}, not {@code E5 90 90}).
 * So non-ASCII text in an unencrypted H2 file is invisible to a UTF-8 search: the scanner encodes with H2's own code.
 *
 * <p>Logging: under surefire {@code logback-test.xml} logs to the console only, so while a test runs the production
 * {@code logback.xml} is loaded with {@code huiwu.logdir} set to the log folder of the test's {@link AppContext}, as
 * {@link Launcher} does: whatever the store logs lands in the folder that is scanned.
 */
class EncryptionAtRestTest {

    private static final char[] PASSPHRASE = "HUIWU-PASSPHRASE-Ңөү-马-7f3a".toCharArray();
    private static final String ARCHIVE_NAME = "At rest";
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");

    /** 24 bytes: long enough that random (encrypted) bytes never match by chance, short enough to fit any page. */
    private static final int WINDOW = 24;
    private static final Pattern MARKER = Pattern.compile("HUIWU-MARKER-[A-Z0-9-]+");

    /** Java's modified UTF-8 as DataOutputStream.writeUTF writes it, without its 2-byte length. */
    private static final String MODIFIED_UTF8 = "modified UTF-8";
    /** What H2's MVStore writes for a VARCHAR: see the class comment. */
    private static final String H2 = "H2 string data";
    private static final Map<String, Function<String, byte[]>> ENCODINGS = encodings();

    /** "𠮷" (U+20BB7, a variant of 吉 found in names) lies outside the BMP: a surrogate pair in Java and in H2. */
    private static final String RARE_CHARACTER = "𠮷";

    private static final List<String> ZH_SENTENCES = List.of(
            "双方讨论了维护中吉边界秩序和边境地区安宁的问题。",
            "双方就别迭里山口附近界桩的维护和修复交换了意见。",
            "吉方通报了通往阿克别伊特边防站道路的维修进展情况。",
            "中方建议于第三季度在吐尔尕特口岸地段进行联合边界线检查。",
            "双方商定通过边界代表渠道及时交换边境事件信息的程序。",
            "双方确认将按照二零零八年协定的规定处理牲畜越界问题。");
    private static final List<String> RU_SENTENCES = List.of(
            "Стороны обсудили вопросы поддержания порядка на кыргызско-китайской государственной границе. ",
            "Обсуждено содержание пограничных знаков у перевала Бедел и на участке Көк-Айгыр. ",
            "Кыргызская сторона сообщила о ремонте дороги к заставе Ак-Бейит (Аң-Өзөн, Үч-Түрүк). ",
            "Китайская сторона предложила провести совместную проверку линии границы в третьем квартале. ",
            "Стороны договорились о порядке обмена информацией по каналам пограничных представителей. ",
            "Вопросы перехода скота через границу решаются согласно Соглашению 2008 года. ");

    private static final Map<String, String> TEXTS = texts();

    @TempDir
    Path temp;

    private LoggerContext logging;

    @BeforeEach
    void noLoggingSetUpYet() {
        logging = null;
    }

    @AfterEach
    void restoreTheTestLogging() {
        if (logging != null) {
            System.clearProperty(Launcher.LOG_DIR_PROPERTY);
            configure(logging, EncryptionAtRestTest.class.getResource("/logback-test.xml"));
        }
    }

    @Test
    void recordsOfAnEncryptedArchiveAreFoundInNoFileOfTheArchiveNorOfTheLogs() throws IOException {
        AppContext context = contextWithProductionLogging(temp.resolve("home"));
        Path folder = temp.resolve("archive");

        writeRecordsAndClose(context.archives(), folder);
        stopLogging();

        Path logs = context.directories().logs();
        assertThat(filesUnder(logs)).as("the production log configuration wrote to the scanned log folder")
                .isNotEmpty();
        assertThat(Files.readString(logs.resolve("huiwu.log"), StandardCharsets.UTF_8))
                .as("the store's own log lines are in the scanned folder").contains("Created archive");
        assertThat(filesUnder(folder)).as("the archive folder holds the database and its header")
                .contains(folder.resolve("huiwu.mv.db"), folder.resolve(ArchiveHeader.FILE_NAME));

        probedTexts().forEach((label, text) -> ENCODINGS.forEach((encoding, encoder) ->
                assertThat(encoder.apply(text).length).as("%s in %s is long enough not to turn up in random bytes",
                        label, encoding).isGreaterThanOrEqualTo(8)));
        List<Hit> hits = scan(List.of(folder, logs), probedTexts());

        assertThat(hits).as("record text in the clear:%n%s", describe(hits)).isEmpty();
    }

    @Test
    void theSameScanFindsTheRecordsOfAnArchiveWrittenWithoutEncryption() throws IOException {
        AppContext context = contextWithProductionLogging(temp.resolve("home"));
        Path folder = temp.resolve("plain-archive");

        writeRecordsAndClose(new H2ArchiveAccess(KeyDerivation.forTests(), false), folder);
        stopLogging();

        List<Hit> hits = scan(List.of(folder, context.directories().logs()), probedTexts());

        Path database = folder.resolve("huiwu.mv.db");
        Set<String> markersInTheDatabase = hits.stream()
                .filter(hit -> hit.file().equals(database) && hit.label().startsWith("marker "))
                .map(Hit::label).collect(Collectors.toSet());
        assertThat(markersInTheDatabase).as("every ASCII marker is found in the unencrypted database")
                .containsExactlyInAnyOrderElementsOf(markers().keySet());
        assertThat(hits).as("nothing is found outside the database").allSatisfy(hit ->
                assertThat(hit.file()).isEqualTo(database));
        assertThat(hits).as("a text found is found whole (every window of it)").allSatisfy(hit ->
                assertThat(hit.found()).as(hit.toString()).isEqualTo(hit.of()));

        // What H2 2.5 stores in the clear, found out by this very scan: every VARCHAR in H2's string encoding, and
        // nothing else. The record's words (Chinese, Cyrillic, Kyrgyz Ң Ө Ү) are found in that encoding only, never as
        // UTF-8, modified UTF-8 or UTF-16; the ASCII markers are the same bytes in UTF-8, modified UTF-8 and H2's.
        Map<String, Set<String>> found = new TreeMap<>();
        hits.forEach(hit -> found.computeIfAbsent(hit.label(), label -> new TreeSet<>()).add(hit.encoding()));
        Map<String, Set<String>> expected = new TreeMap<>();
        probedTexts().keySet().forEach(label -> expected.put(label,
                label.startsWith("marker ") ? Set.of("UTF-8", MODIFIED_UTF8, H2) : Set.of(H2)));
        assertThat(found).as("where each text is found").isEqualTo(expected);
    }

    @Test
    void theHeaderHoldsNoRecordTextAndNoFileHoldsThePassphrase() throws IOException {
        AppContext context = contextWithProductionLogging(temp.resolve("home"));
        Path folder = temp.resolve("archive");

        writeRecordsAndClose(context.archives(), folder);
        stopLogging();

        Path headerFile = folder.resolve(ArchiveHeader.FILE_NAME);
        String header = Files.readString(headerFile, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(headerFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        // as written, and as read (so that no unicode escape can hide a text)
        List<String> headerTexts = new ArrayList<>(List.of(header));
        properties.forEach((key, value) -> headerTexts.add(key + "=" + value));
        probedTexts().forEach((label, text) -> assertThat(headerTexts).as(label)
                .noneSatisfy(line -> assertThat(line).contains(text)));
        TEXTS.forEach((label, text) -> assertThat(headerTexts).as(label)
                .noneSatisfy(line -> assertThat(line).contains(text)));
        assertThat(header).as("the header names the archive, shown before unlocking").contains(ARCHIVE_NAME)
                .contains("cipher=AES");
        String passphrase = new String(PASSPHRASE);
        List<Hit> hits = scan(List.of(folder, context.directories().logs()),
                Map.of("passphrase", passphrase, "passphrase without its marker", passphrase.substring(17)));
        assertThat(hits).as("the passphrase in the clear:%n%s", describe(hits)).isEmpty();
        assertThat(new String(PASSPHRASE)).as("the passphrase given is not wiped by the test").startsWith("HUIWU");
    }

    // --- the records ---------------------------------------------------------------------------------------------

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("place.name.zh", "吐尔尕特口岸中吉边防会晤站 HUIWU-MARKER-PLACE-ZH");
        texts.put("place.name.ru", "Пункт встреч пограничных представителей «Торугарт» HUIWU-MARKER-PLACE-RU");
        texts.put("place2.name.zh", "纳伦州阿特巴什县阔克乌恩库尔边防站 HUIWU-MARKER-PLACE2-ZH");
        texts.put("place2.name.ru", "Көк-Үңкүр заставасы, Ат-Башы району, Нарын облусу HUIWU-MARKER-PLACE2-RU");
        // a short Chinese name with a character outside the BMP, and its short Russian transcription
        texts.put("person1.name.zh", "王" + RARE_CHARACTER + "祥 HUIWU-MARKER-P1-NAME-ZH");
        texts.put("person1.name.ru", "Ван Цзисян HUIWU-MARKER-P1-NAME-RU");
        texts.put("person1.rank.zh", "边防部队上校 HUIWU-MARKER-P1-RANK-ZH");
        texts.put("person1.rank.ru", "полковник HUIWU-MARKER-P1-RANK-RU");
        texts.put("person1.post.zh", "边防代表 HUIWU-MARKER-P1-POST-ZH");
        texts.put("person1.post.ru", "пограничный представитель HUIWU-MARKER-P1-POST-RU");
        // a long Kyrgyz name, and long posts filling their column
        texts.put("person2.name.zh", "托克托苏诺夫·巴克特·乌森诺维奇·热尼巴耶夫 HUIWU-MARKER-P2-NAME-ZH");
        texts.put("person2.name.ru", "Токтосунов Бакыт Үсөнович (Жаңыбаев-Өмүрбеков) HUIWU-MARKER-P2-NAME-RU");
        texts.put("person2.rank.zh", "边防部队中校 HUIWU-MARKER-P2-RANK-ZH");
        texts.put("person2.rank.ru", "подполковник пограничной службы HUIWU-MARKER-P2-RANK-RU");
        texts.put("person2.post.zh", fill(ZH_SENTENCES, 400, "HUIWU-MARKER-P2-POST-ZH"));
        texts.put("person2.post.ru", fill(RU_SENTENCES, 400, "HUIWU-MARKER-P2-POST-RU"));
        texts.put("meeting1.title.zh", "2026年第三季度中吉边界代表会谈" + RARE_CHARACTER + " HUIWU-MARKER-M1-TITLE-ZH");
        texts.put("meeting1.title.ru", "Переговоры пограничных представителей, III квартал HUIWU-MARKER-M1-TITLE-RU");
        // the long ones: several KB each, the whole width of the title column
        texts.put("meeting2.title.zh", fill(ZH_SENTENCES, 1000, "HUIWU-MARKER-M2-TITLE-ZH"));
        texts.put("meeting2.title.ru", fill(RU_SENTENCES, 1000, "HUIWU-MARKER-M2-TITLE-RU"));
        return texts;
    }

    /** Realistic sentences, round and round, up to the column's width, the marker last. */
    private static String fill(List<String> sentences, int width, String marker) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() + sentences.get(i % sentences.size()).length() + marker.length() < width; i++) {
            text.append(sentences.get(i % sentences.size()));
        }
        return text.append(marker).toString();
    }

    private static void writeRecordsAndClose(ArchiveAccess access, Path folder) {
        try (OpenArchive archive = access.create(folder, ARCHIVE_NAME, Side.KYRGYZSTAN, false, PASSPHRASE.clone())) {
            Place place = archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    bilingual("place.name"), URUMQI));
            archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN, bilingual("place2.name"),
                    BISHKEK));
            Person chinese = archive.people().save(Person.create(Side.CHINA, bilingual("person1.name"),
                    bilingual("person1.rank"), bilingual("person1.post")));
            Person kyrgyz = archive.people().save(Person.create(Side.KYRGYZSTAN, bilingual("person2.name"),
                    bilingual("person2.rank"), bilingual("person2.post")));
            for (String meeting : List.of("meeting1", "meeting2")) {
                List<DelegationMember> delegation = List.of(
                        DelegationMember.of(chinese.id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                        DelegationMember.of(kyrgyz.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE));
                Instant start = Instant.parse(meeting.equals("meeting1") ? "2026-10-13T04:00:00Z"
                        : "2027-03-16T04:00:00Z");
                Meeting saved = archive.meetings().save(new Meeting(null, java.util.UUID.randomUUID(),
                        MeetingLevel.TALKS, bilingual(meeting + ".title"), start, start.plusSeconds(4 * 3600),
                        URUMQI, place.id(), Side.CHINA, MeetingStatus.PLANNED, delegation));
                assertThat(archive.meetings().findById(saved.id()).orElseThrow().title())
                        .as("the column holds the whole text").isEqualTo(bilingual(meeting + ".title"));
            }
            assertThat(archive.people().findById(kyrgyz.id()).orElseThrow().post())
                    .isEqualTo(bilingual("person2.post"));
        }
    }

    private static Bilingual bilingual(String prefix) {
        return Bilingual.of(TEXTS.get(prefix + ".zh"), TEXTS.get(prefix + ".ru"));
    }

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        TEXTS.values().forEach(text -> {
            Matcher marker = MARKER.matcher(text);
            while (marker.find()) {
                markers.put("marker " + marker.group(), marker.group());
            }
        });
        return markers;
    }

    /** The words of every text (without its marker), and every marker on its own. */
    private static Map<String, String> probedTexts() {
        Map<String, String> probed = new LinkedHashMap<>();
        TEXTS.forEach((label, text) -> probed.put(label, MARKER.matcher(text).replaceAll("").strip()));
        probed.putAll(markers());
        return probed;
    }

    // --- the scanner -----------------------------------------------------------------------------------------------

    /** In {@code file}, {@code found} of the {@code of} pieces of the text {@code label} in {@code encoding}. */
    record Hit(Path file, String label, String encoding, int found, int of) {
        @Override
        public String toString() {
            return file + ": " + label + " in " + encoding + " (" + found + "/" + of + " pieces)";
        }
    }

    /**
     * Scans every file under the roots (a root that does not exist holds no file) for every text in every encoding:
     * short encodings whole, long ones as several 24-byte windows, so that no page split can hide them. A text is
     * hit in a file when any of its pieces is there.
     */
    static List<Hit> scan(List<Path> roots, Map<String, String> texts) {
        List<Hit> hits = new ArrayList<>();
        for (Path file : roots.stream().flatMap(root -> filesUnder(root).stream()).toList()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.forEach((label, text) -> ENCODINGS.forEach((encoding, encoder) -> {
                List<byte[]> pieces = pieces(encoder.apply(text));
                int found = (int) pieces.stream().filter(piece -> indexOf(content, piece) >= 0).count();
                if (found > 0) {
                    hits.add(new Hit(file, label, encoding, found, pieces.size()));
                }
            }));
        }
        return hits;
    }

    private static List<byte[]> pieces(byte[] encoded) {
        if (encoded.length <= 2 * WINDOW) {
            return List.of(encoded);
        }
        Set<Integer> starts = new LinkedHashSet<>();
        for (int i = 0; i <= 4; i++) {
            starts.add((encoded.length - WINDOW) * i / 4);
        }
        return starts.stream().map(start -> Arrays.copyOfRange(encoded, start, start + WINDOW)).toList();
    }

    static int indexOf(byte[] content, byte[] piece) {
        outer:
        for (int i = 0; i <= content.length - piece.length; i++) {
            for (int j = 0; j < piece.length; j++) {
                if (content[i + j] != piece[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static List<Path> filesUnder(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Function<String, byte[]>> encodings() {
        Map<String, Function<String, byte[]>> encodings = new LinkedHashMap<>();
        encodings.put("UTF-8", text -> text.getBytes(StandardCharsets.UTF_8));
        encodings.put("UTF-16LE", text -> text.getBytes(StandardCharsets.UTF_16LE));
        encodings.put("UTF-16BE", text -> text.getBytes(StandardCharsets.UTF_16BE));
        encodings.put(MODIFIED_UTF8, EncryptionAtRestTest::modifiedUtf8);
        encodings.put(H2, EncryptionAtRestTest::h2StringData);
        return encodings;
    }

    /** H2's own encoding of a string, by H2's own code (what its MVStore writes for a VARCHAR, after the length). */
    private static byte[] h2StringData(String text) {
        ByteBuffer buffer = ByteBuffer.allocate(3 * text.length());
        DataUtils.writeStringData(buffer, text, text.length());
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static byte[] modifiedUtf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] withLength = bytes.toByteArray();
        return Arrays.copyOfRange(withLength, 2, withLength.length);
    }

    private static String describe(List<Hit> hits) {
        return hits.stream().map(Hit::toString).collect(Collectors.joining("\n"));
    }

    // --- logging as in production ----------------------------------------------------------------------------------

    private AppContext contextWithProductionLogging(Path home) {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.systemUTC(), Locale.ENGLISH, KeyDerivation.forTests());
        System.setProperty(Launcher.LOG_DIR_PROPERTY, context.directories().logs().toString());
        logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        configure(logging, EncryptionAtRestTest.class.getResource("/logback.xml"));
        return context;
    }

    /** Closes the log files, so that everything logged is on disk before the scan. */
    private void stopLogging() {
        logging.reset();
    }

    private static void configure(LoggerContext context, URL configuration) {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
    }
}
