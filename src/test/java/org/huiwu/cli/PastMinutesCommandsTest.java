// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.importing.WordFiles;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** meeting import-docx and import-tsv as a user runs them, in-process on the sample archive. */
class PastMinutesCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));
    private static final List<List<String>> TABLE = List.of(
            List.of("中文", "Русский"),
            List.of("双方同意加强边境管理合作。", "Стороны согласились усилить сотрудничество."),
            List.of("下次会谈另行商定。", ""));

    @TempDir
    static Path shared;
    private static Path sample;
    private static Path passphrase;
    private static long draft;
    private static long locked;

    @TempDir
    Path home;

    @BeforeAll
    static void createTheSample() throws IOException {
        sample = shared.resolve("sample");
        passphrase = shared.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        CommandResult created = CommandResult.run(context(), "sample", "--archive", sample.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        try (OpenArchive archive = open()) {
            List<Meeting> withMinutes = archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).isPresent()).toList();
            draft = withMinutes.stream().filter(m -> !archive.minutes().latest(m.id()).orElseThrow().isFinal())
                    .reduce((a, b) -> b).orElseThrow().id();
            locked = withMinutes.stream().filter(m -> archive.minutes().latest(m.id()).orElseThrow().isFinal())
                    .reduce((a, b) -> b).orElseThrow().id();
        }
    }

    private static AppContext context() {
        return new AppContext(new DataDirectories(shared, shared, shared.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private static OpenArchive open() {
        return context().archives().open(sample, "sample".toCharArray());
    }

    private static CommandResult meeting(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "meeting";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--archive", sample.toString(), "--passphrase-file", passphrase.toString()},
                0, all, args.length + 1, 4);
        return CommandResult.run(context(), all);
    }

    private Path docx() {
        return WordFiles.write(home.resolve("2019-05 Торугарт.docx"), WordFiles.docx(TABLE));
    }

    private static Minutes minutesOf(long meetingId) {
        try (OpenArchive archive = open()) {
            return archive.minutes().latest(meetingId).orElseThrow();
        }
    }

    private static int meetingCount() {
        try (OpenArchive archive = open()) {
            return archive.meetings().findAll().size();
        }
    }

    @Test
    void importDocxAppendsThePairsToTheMeetingAndPrintsItsIdAndTheCount() {
        int before = minutesOf(draft).pairs().size();

        CommandResult result = meeting("import-docx", "--in", docx().toString(), "--meeting", String.valueOf(draft));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.valueOf(draft));
        assertThat(lines.get(1)).startsWith("Imported 2 pairs from 2019-05 Торугарт.docx into meeting " + draft)
                .endsWith("; 1 flagged for checking in the minutes.");
        Minutes after = minutesOf(draft);
        assertThat(after.pairs()).hasSize(before + 2);
        assertThat(after.pairs().get(before + 1).zh().text()).isEqualTo("下次会谈另行商定。");
        assertThat(after.pairs().get(before + 1).ru().text()).isEmpty();
    }

    @Test
    void withoutMeetingANewMeetingIsCreatedFromTheOptions() {
        int before = meetingCount();

        CommandResult result = meeting("import-docx", "--in", docx().toString(), "--date", "2019-05-14",
                "--level", "WORKING", "--title-ru", "Рабочая встреча 2019 года");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        long id = Long.parseLong(result.out().lines().findFirst().orElseThrow());
        assertThat(result.out()).contains("Created meeting " + id).contains("2019-05-14")
                .contains("Imported 2 pairs");
        assertThat(meetingCount()).isEqualTo(before + 1);
        try (OpenArchive archive = open()) {
            Meeting created = archive.meetings().findById(id).orElseThrow();
            assertThat(created.level()).isEqualTo(MeetingLevel.WORKING);
            assertThat(created.localStart().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 14));
            assertThat(created.title().zh()).isEqualTo("导入的纪要：2019-05 Торугарт");
            assertThat(created.title().ru()).isEqualTo("Рабочая встреча 2019 года");
            assertThat(archive.minutes().latest(id).orElseThrow().pairs()).hasSize(2);
        }
    }

    @Test
    void dryRunPrintsThePairingAndSavesNothing() {
        int meetings = meetingCount();
        Minutes before = minutesOf(draft);

        CommandResult result = meeting("import-docx", "--in", docx().toString(), "--meeting", String.valueOf(draft),
                "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out().lines().toList()).containsExactly(
                "No.\tChinese\tRussian\tWarnings",
                "1\t双方同意加强边境管理合作。\tСтороны согласились усилить сотрудничество.\t",
                "2\t下次会谈另行商定。\t\tNo Russian text",
                "2 pairs read from 2019-05 Торугарт.docx, 1 of them flagged. Nothing was saved (--dry-run).");
        assertThat(minutesOf(draft)).isEqualTo(before);
        assertThat(meetingCount()).isEqualTo(meetings);
    }

    @Test
    void finalMinutesAreRefusedAndStayAsTheyWere() {
        Minutes before = minutesOf(locked);

        CommandResult result = meeting("import-docx", "--in", docx().toString(), "--meeting", String.valueOf(locked));

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("final").contains("Nothing was imported.");
        assertThat(result.out()).isEmpty();
        assertThat(minutesOf(locked)).isEqualTo(before);
    }

    @Test
    void aTsvGivenToImportDocxIsRefusedWithTheWayToImportIt() throws IOException {
        Path tsv = Files.writeString(home.resolve("pairs.tsv"), "双方同意。\tСтороны согласились.\n", UTF_8);
        int meetings = meetingCount();

        CommandResult result = meeting("import-docx", "--in", tsv.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("pairs.tsv is not a Word document (DOCX)")
                .contains("meeting import-tsv --in");
        assertThat(meetingCount()).isEqualTo(meetings);
    }

    @Test
    void aFileWithoutBothLanguagesIsRefusedBeforeThePassphraseIsAsked() {
        Path english = WordFiles.write(home.resolve("english.docx"),
                WordFiles.docx(List.of(List.of("Minutes", "of the talks"))));

        // No --passphrase-file and no terminal: reaching the archive would fail differently.
        CommandResult result = CommandResult.run(context(), "meeting", "import-docx", "--in", english.toString(),
                "--archive", sample.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("english.docx has no table with a Chinese and a Russian column");
    }

    @Test
    void importTsvReadsPairsIntoTheMeeting() throws IOException {
        Path tsv = Files.writeString(home.resolve("pairs.tsv"),
                "\uFEFF中文\tРусский\r\n\"第一条\n（一）\"\tСтатья первая\\n1)\r\n", UTF_8);
        int before = minutesOf(draft).pairs().size();

        CommandResult result = meeting("import-tsv", "--in", tsv.toString(), "--meeting", String.valueOf(draft));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out()).contains("Imported 1 pair from pairs.tsv");
        Minutes after = minutesOf(draft);
        assertThat(after.pairs()).hasSize(before + 1);
        assertThat(after.pairs().get(before).zh().text()).isEqualTo("第一条\n（一）");
        assertThat(after.pairs().get(before).ru().text()).isEqualTo("Статья первая\n1)");
    }

    @Test
    void anUnknownMeetingIsNamed() {
        CommandResult result = meeting("import-docx", "--in", docx().toString(), "--meeting", "999");

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("There is no meeting 999");
    }
}
