// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveException.Reason;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passphrases and key slots: a wrong one changes nothing, changing one rewrites its slot only, slots stay bound. */
class PassphraseTest {

    private static final char[] RIGHT = "边境 Ңөү correct horse".toCharArray();
    private static final char[] WRONG = "边境 Ңөү correct hors".toCharArray();
    private static final char[] REPLACEMENT = "Торугарт 吐尔尕特 battery staple".toCharArray();

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
    private final List<OpenArchive> opened = new ArrayList<>();
    private Path folder;

    @BeforeEach
    void chooseFolder() {
        folder = temp.resolve("archive");
    }

    @AfterEach
    void closeEverything() {
        opened.forEach(OpenArchive::close);
    }

    @Test
    void aWrongPassphraseIsRefusedAndChangesNoFile() {
        createWithRecords();
        Map<String, String> before = hashes(folder);

        assertWrongPassphrase(() -> access.open(folder, WRONG.clone()));

        assertThat(hashes(folder)).as("every file's name and SHA-256").isEqualTo(before);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertWrongPassphrase(() -> access.open(folder, WRONG.clone()));
        }
        assertThat(hashes(folder)).as("after three more wrong attempts").isEqualTo(before);
    }

    @Test
    void theRightPassphraseStillOpensAfterWrongOnesWithTheRecordsIntact() {
        Person person = createWithRecords();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertWrongPassphrase(() -> access.open(folder, WRONG.clone()));
        }

        OpenArchive archive = open(RIGHT);

        assertThat(archive.people().findAll()).containsExactly(person);
        assertThat(archive.places().findAll()).singleElement()
                .satisfies(place -> assertThat(place.name().ru()).isEqualTo("Пункт встреч «Бедел»"));
    }

    @Test
    void changingThePassphraseRewritesTheHeaderOnlyAndOnlyTheNewOneOpens() throws IOException {
        Person person = createWithRecords();
        Path database = folder.resolve("huiwu.mv.db");
        Path header = folder.resolve(ArchiveHeader.FILE_NAME);
        String databaseBefore = sha256(database);
        String headerBefore = sha256(header);

        access.changePassphrase(folder, RIGHT.clone(), REPLACEMENT.clone());

        assertThat(sha256(database)).as("the database file's bytes").isEqualTo(databaseBefore);
        assertThat(sha256(header)).as("the header holds the new slot").isNotEqualTo(headerBefore);
        assertThat(hashes(folder).keySet()).as("no file added or left behind")
                .containsExactlyInAnyOrder("huiwu.mv.db", ArchiveHeader.FILE_NAME, "huiwu.journal",
                        "huiwu.checkpoint", ArchiveLock.FILE_NAME);
        Properties properties = header(folder);
        assertThat(properties.getProperty("kdf.iterations")).isEqualTo("1000");
        assertWrongPassphrase(() -> access.open(folder, RIGHT.clone()));
        assertThat(sha256(database)).as("the old passphrase changed nothing either").isEqualTo(databaseBefore);
        assertThat(open(REPLACEMENT).people().findAll()).containsExactly(person);
    }

    @Test
    void changingThePassphraseWithAWrongCurrentOneIsRefusedAndChangesNothing() {
        createWithRecords();
        Map<String, String> before = hashes(folder);

        assertWrongPassphrase(() -> access.changePassphrase(folder, WRONG.clone(), REPLACEMENT.clone()));

        assertThat(hashes(folder)).isEqualTo(before);
        assertWrongPassphrase(() -> access.open(folder, REPLACEMENT.clone()));
        assertThat(open(RIGHT).info().name()).isEqualTo("口令");
    }

    @Test
    void aNewArchiveGetsTheProductionKeyDerivationCost() throws IOException {
        long started = System.nanoTime();
        new H2ArchiveAccess().create(folder, "生产", Side.CHINA, false, RIGHT.clone()).close();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Properties properties = header(folder);
        assertThat(properties.getProperty("kdf.algorithm")).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(properties.getProperty("kdf.iterations")).isEqualTo("600000");
        assertThat(properties.getProperty("cipher")).isEqualTo("AES");
        assertThat(took).as("600,000 iterations take measurable time").isGreaterThan(Duration.ofMillis(20));
    }

    @Test
    void aKeySlotCopiedFromAnotherArchiveWithTheSamePassphraseDoesNotOpen() throws IOException {
        Path other = temp.resolve("other");
        access.create(folder, "甲", Side.CHINA, false, RIGHT.clone()).close();
        access.create(other, "乙", Side.KYRGYZSTAN, false, RIGHT.clone()).close();
        Properties mine = header(folder);
        Properties theirs = header(other);
        for (String field : List.of("label", "salt", "nonce", "sealedKey")) {
            mine.setProperty("slot.1." + field, theirs.getProperty("slot.1." + field));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(ArchiveHeader.FILE_NAME), StandardCharsets.UTF_8)) {
            mine.store(out, null);
        }
        Map<String, String> before = hashes(folder);

        // The slot is authenticated with the archive's UUID: under another UUID it reads as a wrong passphrase.
        assertWrongPassphrase(() -> access.open(folder, RIGHT.clone()));

        assertThat(hashes(folder)).isEqualTo(before);
        assertThat(open(other, RIGHT).info().name()).as("the slot still opens its own archive").isEqualTo("乙");
    }

    @Test
    void aDamagedKeySlotIsReportedAsNotAnArchiveAndChangesNothing() throws IOException {
        access.create(folder, "甲", Side.CHINA, false, RIGHT.clone()).close();
        Properties damaged = header(folder);
        damaged.setProperty("slot.1.nonce", "");
        try (Writer out = Files.newBufferedWriter(folder.resolve(ArchiveHeader.FILE_NAME), StandardCharsets.UTF_8)) {
            damaged.store(out, null);
        }
        Map<String, String> before = hashes(folder);

        assertThatThrownBy(() -> access.open(folder, RIGHT.clone()))
                .isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.NOT_AN_ARCHIVE));
        assertThat(hashes(folder)).isEqualTo(before);
    }

    @Test
    void theEncryptedDatabaseStartsWithH2sPlainEncryptionMarkerAndTheUnencryptedOneDoesNot() throws IOException {
        Path plain = temp.resolve("plain");
        access.create(folder, "密", Side.CHINA, false, RIGHT.clone()).close();
        new H2ArchiveAccess(KeyDerivation.forTests(), false).create(plain, "明", Side.CHINA, false, RIGHT.clone())
                .close();

        byte[] marker = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
        assertThat(start(folder.resolve("huiwu.mv.db"), marker.length)).isEqualTo(marker);
        assertThat(start(plain.resolve("huiwu.mv.db"), marker.length)).isNotEqualTo(marker);
        assertThat(new String(start(plain.resolve("huiwu.mv.db"), 4), StandardCharsets.US_ASCII))
                .as("an unencrypted MVStore file starts with its own plain header").isEqualTo("H:2,");
        assertThat(header(plain).getProperty("cipher")).isEqualTo("none");
        assertThat(header(folder).getProperty("cipher")).isEqualTo("AES");
    }

    private Person createWithRecords() {
        try (OpenArchive archive = access.create(folder, "口令", Side.KYRGYZSTAN, false, RIGHT.clone())) {
            archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN,
                    Bilingual.of("别迭里会晤站", "Пункт встреч «Бедел»"), ZoneId.of("Asia/Bishkek")));
            return archive.people().save(Person.create(Side.KYRGYZSTAN,
                    Bilingual.of("托克托苏诺夫·巴克特", "Токтосунов Бакыт Үсөнович"),
                    Bilingual.of("上校", "полковник"), Bilingual.of("边界代表", "Жаңыбаев Ңң Өө Үү")));
        }
    }

    private OpenArchive open(char[] passphrase) {
        return open(folder, passphrase);
    }

    private OpenArchive open(Path at, char[] passphrase) {
        OpenArchive archive = access.open(at, passphrase.clone());
        opened.add(archive);
        return archive;
    }

    private void assertWrongPassphrase(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(ArchiveException.class)
                .satisfies(e -> {
                    ArchiveException archive = (ArchiveException) e;
                    assertThat(archive.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
                    assertThat(archive.detail()).isEqualTo(folder.toString());
                    assertThat(archive.getCause()).as("a refusal, not a failure").isNull();
                });
    }

    /** Every file under the folder (by relative name) with its SHA-256. */
    private static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> hashes.put(folder.relativize(file).toString(), sha256(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties header(Path folder) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(ArchiveHeader.FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static byte[] start(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }
}
