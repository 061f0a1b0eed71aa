// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's passphrases: from a file's first line, never asked without a terminal, changed in the header. */
class PassphraseCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));
    private static final String OLD = "边境 Ңөү old passphrase";
    private static final String NEW = "Торугарт 吐尔尕特 new one";

    @TempDir
    Path home;

    private Path archive;
    private Path oldFile;
    private Path newFile;

    @BeforeEach
    void createAnArchiveWithOneMeeting() throws IOException {
        archive = home.resolve("archive");
        try (OpenArchive open = context().archives().create(archive, "吐尔尕特", Side.CHINA, false,
                OLD.toCharArray())) {
            Place place = open.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    Bilingual.of("吐尔尕特会晤站", "Торугарт"), ZoneId.of("Asia/Urumqi")));
            Instant start = Instant.parse("2026-10-13T04:00:00Z");
            open.meetings().save(new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS,
                    Bilingual.of("会谈", "Переговоры"), start, start.plusSeconds(3600), place.zone(), place.id(),
                    Side.CHINA, MeetingStatus.PLANNED, List.of()));
        }
        oldFile = write("old.txt", OLD + "\n");
        newFile = write("new.txt", NEW + "\n");
    }

    @Test
    void meetingsListWithoutAPassphraseFileAndWithoutATerminalExitsWithTwoNamingTheOption() {
        assumeTrue(System.console() == null, "runs without a terminal, as under surefire");

        CommandResult result = run("meetings", "list", "--archive", archive.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("No passphrase: give it with --passphrase-file F (there is no terminal to ask on).");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void meetingsListWithAWrongPassphraseExitsWithTwoInOneLine() throws IOException {
        Path wrong = write("wrong.txt", NEW + "\n");

        CommandResult result = run("meetings", "list", "--passphrase-file", wrong.toString(),
                "--archive", archive.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("Wrong passphrase for the archive in " + archive + ". Nothing was changed.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void meetingsListWithAPassphraseFileThatDoesNotExistExitsWithTwoInOneLine() {
        Path missing = home.resolve("no-such-passphrase.txt");

        CommandResult result = run("meetings", "list", "--passphrase-file", missing.toString(),
                "--archive", archive.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("The passphrase file " + missing + " cannot be read.");
        assertThat(result.out()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n", "\r", "\nsecond line is ignored\n", "\r\nsecond line\r\n"})
    void theFirstLineOfThePassphraseFileIsThePassphraseWithoutItsLineEnd(String rest) throws IOException {
        assertListWorksWith(write("passphrase.txt", OLD + rest));
    }

    @Test
    void aByteOrderMarkAtTheStartOfThePassphraseFileIsNotPartOfThePassphrase() throws IOException {
        assertListWorksWith(write("passphrase-bom.txt", "\uFEFF" + OLD + "\r\n"));
    }

    private void assertListWorksWith(Path file) {

        CommandResult result = run("meetings", "list", "--passphrase-file", file.toString(),
                "--archive", archive.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().toList()).hasSize(2)
                .last().asString().contains("吐尔尕特会晤站 · Торугарт");
    }

    @Test
    void archivePassphraseChangesItSoThatOnlyTheNewOneOpens() {
        CommandResult change = run("archive", "passphrase", "--archive", archive.toString(),
                "--passphrase-file", oldFile.toString(), "--new-passphrase-file", newFile.toString());

        assertThat(change.exitCode()).as(change.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(change.err()).isEmpty();
        assertThat(change.out().strip()).isEqualTo("The passphrase of the archive in " + archive + " was changed.");

        CommandResult withNew = run("meetings", "list", "--passphrase-file", newFile.toString(),
                "--archive", archive.toString());
        assertThat(withNew.exitCode()).as(withNew.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(withNew.out()).contains("吐尔尕特会晤站 · Торугарт");

        CommandResult withOld = run("meetings", "list", "--passphrase-file", oldFile.toString(),
                "--archive", archive.toString());
        assertThat(withOld.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(withOld.err().lines().toList()).singleElement().asString().startsWith("Wrong passphrase");

        CommandResult trail = run("audit", "--json", "--action", "PASSPHRASE_CHANGED", "--passphrase-file",
                newFile.toString(), "--archive", archive.toString());
        assertThat(trail.exitCode()).as(trail.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(trail.out()).as("the change is in the trail, once").containsOnlyOnce("PASSPHRASE_CHANGED");
    }

    @Test
    void archivePassphraseRefusesATooShortNewOneAndTheOldOneStillWorks() throws IOException {
        Path tooShort = write("short.txt", "1234567\n");
        byte[] header = Files.readAllBytes(archive.resolve("huiwu-archive.properties"));

        CommandResult change = run("archive", "passphrase", "--archive", archive.toString(),
                "--passphrase-file", oldFile.toString(), "--new-passphrase-file", tooShort.toString());

        assertThat(change.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(change.err().lines().toList()).singleElement().asString()
                .startsWith("The passphrase needs at least 8 characters");
        assertThat(change.out()).isEmpty();
        assertThat(archive.resolve("huiwu-archive.properties")).hasBinaryContent(header);
        CommandResult withOld = run("meetings", "list", "--passphrase-file", oldFile.toString(),
                "--archive", archive.toString());
        assertThat(withOld.exitCode()).as(withOld.err()).isEqualTo(HuiwuCommand.DONE);
        CommandResult withShort = run("meetings", "list", "--passphrase-file", tooShort.toString(),
                "--archive", archive.toString());
        assertThat(withShort.exitCode()).isEqualTo(HuiwuCommand.ERROR);
    }

    @Test
    void archivePassphraseWithAWrongCurrentOneExitsWithTwoAndChangesNothing() throws IOException {
        byte[] header = Files.readAllBytes(archive.resolve("huiwu-archive.properties"));

        CommandResult change = run("archive", "passphrase", "--archive", archive.toString(),
                "--passphrase-file", newFile.toString(), "--new-passphrase-file", newFile.toString());

        assertThat(change.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(change.err().lines().toList()).singleElement().asString()
                .isEqualTo("Wrong passphrase for the archive in " + archive + ". Nothing was changed.");
        assertThat(archive.resolve("huiwu-archive.properties")).hasBinaryContent(header);
    }

    @Test
    void archivePassphraseWithoutTheNewPassphraseFileAndWithoutATerminalExitsWithTwoNamingTheOption()
            throws IOException {
        assumeTrue(System.console() == null, "runs without a terminal, as under surefire");
        byte[] header = Files.readAllBytes(archive.resolve("huiwu-archive.properties"));

        CommandResult change = run("archive", "passphrase", "--archive", archive.toString(),
                "--passphrase-file", oldFile.toString());

        assertThat(change.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(change.err().lines().toList()).singleElement().asString()
                .isEqualTo("No passphrase: give it with --new-passphrase-file F (there is no terminal to ask on).");
        assertThat(archive.resolve("huiwu-archive.properties")).hasBinaryContent(header);
    }

    @Test
    void archivePassphraseOfAFolderWithoutAnArchiveSaysSoInOneLine() {
        Path missing = home.resolve("no-such-archive");

        CommandResult change = run("archive", "passphrase", "--archive", missing.toString(),
                "--passphrase-file", oldFile.toString(), "--new-passphrase-file", newFile.toString());

        assertThat(change.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(change.err().lines().toList()).singleElement().asString()
                .isEqualTo("No archive was found in " + missing + ".");
        assertThat(missing).doesNotExist();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(home.resolve(name), content, StandardCharsets.UTF_8);
    }

    private AppContext context() {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private CommandResult run(String... args) {
        return CommandResult.run(context(), args);
    }

}
