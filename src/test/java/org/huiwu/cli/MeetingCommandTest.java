// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** meeting export and meeting import as a user runs them: in-process through HuiwuCommand.run, on real archives. */
class MeetingCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Path sample;
    private static Path passphrase;
    /** The sample's meeting whose minutes were final, reopened and final again: two versions. */
    private static String twoVersions;

    @TempDir
    Path home;

    @BeforeAll
    static void createTheSample() throws IOException {
        sample = shared.resolve("sample");
        passphrase = shared.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        CommandResult created = run(shared, Locale.ENGLISH, "sample", "--archive", sample.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        AppContext context = context(shared, Locale.ENGLISH);
        try (OpenArchive archive = context.archives().open(sample, "sample".toCharArray())) {
            twoVersions = String.valueOf(archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().versions(m.id()).size() == 2).findFirst().orElseThrow().id());
        }
    }

    @Test
    void meetingIsAnEntryWordSoTheLauncherRunsItWithoutAWindow() {
        assertThat(HuiwuCommand.isCommand("meeting")).isTrue();
    }

    @Test
    void exportedJsonImportedIntoAnotherArchiveExportsAgainToTheSameDocument() throws IOException {
        CommandResult exported = export("--meeting", twoVersions, "--json");
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(exported.err()).isEmpty();
        JsonNode document = JSON.readTree(exported.out());
        assertThat(document.get("format").asText()).isEqualTo("huiwu-meeting");
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.get("minutes")).hasSize(2);
        assertThat(document.get("minutes").get(0).get("state").asText()).isEqualTo("FINAL");
        JsonNode side = document.get("minutes").get(1).get("pairs").get(0).get("zh");
        assertThat(side.get("state").asText()).isEqualTo("AGREED");
        assertThat(side.get("agreement").get("by").asText()).matches("[0-9a-f-]{36}");
        // No local key of the sample archive: the document reads the same in any archive.
        assertThat(exported.out()).doesNotContain("\"id\"");

        Path file = home.resolve("meeting.json");
        Files.writeString(file, exported.out(), UTF_8);
        Path other = emptyArchive("other");
        CommandResult imported = run(home, Locale.ENGLISH, "meeting", "import", "--archive", other.toString(),
                "--passphrase-file", passphrase.toString(), "--in", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out().lines().toList()).hasSize(2).first().isEqualTo("1");
        assertThat(imported.out().lines().toList().get(1)).startsWith("Imported as meeting 1 “")
                .contains("versions of the minutes: 2")
                .endsWith("new in the registers: people " + document.get("people").size() + ", places 1.");

        Path again = home.resolve("again.json");
        CommandResult reexported = run(home, Locale.ENGLISH, "meeting", "export", "--recipient", "other-side",
                "--archive", other.toString(),
                "--passphrase-file", passphrase.toString(), "--meeting", "1", "--out", again.toString());
        assertThat(reexported.exitCode()).as(reexported.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(reexported.out()).startsWith("Exported meeting 1 “").contains(again.toString());
        // The same document, but for the Art. 4 marking: the sample's registers say this meeting uses information
        // given under Art. 4; the registers stay in the archive that keeps them and do not travel with a package.
        assertThat(document.has("art4Marking")).isTrue();
        com.fasterxml.jackson.databind.node.ObjectNode unmarked = document.deepCopy();
        unmarked.remove("art4Marking");
        assertThat(JSON.readTree(Files.readString(again, UTF_8))).isEqualTo(unmarked);
    }

    @Test
    void importingAMeetingTheArchiveAlreadyHasIsRefusedWithExitOneAndChangesNothing() throws IOException {
        Path file = home.resolve("meeting.json");
        Files.writeString(file, export("--meeting", twoVersions, "--json").out(), UTF_8);
        String before = list(sample);

        CommandResult refused = importInto(sample, file);

        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("The archive already has this meeting (uuid ")
                .endsWith("as meeting " + twoVersions + ". Nothing was imported.");
        assertThat(list(sample)).isEqualTo(before);
    }

    @Test
    void refusalIsWordedInTheUsersLanguage() throws IOException {
        Path file = home.resolve("meeting.json");
        Files.writeString(file, export("--meeting", twoVersions, "--json").out(), UTF_8);

        CommandResult refused = run(home, Locale.forLanguageTag("ru"), "meeting", "import",
                "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString(), "--in", file.toString());

        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(refused.err().strip()).startsWith("В архиве уже есть эта встреча")
                .endsWith("Ничего не импортировано.");
    }

    @Test
    void brokenJsonIsAnInputErrorThatSaysWhere() throws IOException {
        Path file = home.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"huiwu-meeting\", \"formatVersion\": 1,\n  \"meeting\": {\"uuid\": }\n}");

        CommandResult result = importInto(emptyArchive("target"), file);

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith(file + " cannot be imported: it is not valid JSON: ")
                .contains("(line 2, column 23)")
                .endsWith("Nothing was imported.");
    }

    @Test
    void jsonOfAnotherFormatIsAnInputError() throws IOException {
        Path file = home.resolve("list.json");
        CommandResult listed = run(home, Locale.ENGLISH, "meetings", "list", "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString(), "--json");
        Files.writeString(file, listed.out(), UTF_8);

        CommandResult result = importInto(emptyArchive("target"), file);

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().strip()).isEqualTo(file + " cannot be imported: it is not a meeting exported by "
                + "Huiwu (its “format” is not “huiwu-meeting”). Nothing was imported.");
    }

    @Test
    void wrongOrMissingFieldsAreNamedByTheirJsonPath() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        ObjectNode zh = (ObjectNode) document.at("/minutes/1/pairs/3/zh");
        zh.put("writtenAt", "yesterday");
        assertInputError(document, "minutes[1].pairs[3].zh.writtenAt must be a time such as 2026-05-19T03:30:00Z");

        document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        ((ObjectNode) document.get("meeting")).remove("start");
        assertInputError(document, "the field meeting.start is missing");

        document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        ((ObjectNode) document.at("/minutes/0/pairs/0/ru/agreement")).put("by",
                "00000000-0000-4000-8000-000000000000");
        assertInputError(document, "minutes[0].pairs[0].ru.agreement.by refers to the person "
                + "00000000-0000-4000-8000-000000000000, who is not listed in people");

        document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        ((ObjectNode) document.at("/minutes/0/pairs/0/ru")).put("text", "Другой текст.");
        assertInputError(document, "minutes[0].state is FINAL, but not every clause is agreed by both sides");

        document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        document.put("formatVersion", 2);
        document.put("signatures", "a field of a newer format");
        assertInputError(document, "it is in format version 2, and this Huiwu reads up to version 1");
    }

    @Test
    void derivedFieldsAreIgnoredWhenRead() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(export("--meeting", twoVersions, "--json").out());
        ((ObjectNode) document.at("/minutes/1/pairs/0/zh")).put("state", "STALE");
        ((ObjectNode) document.at("/minutes/1/pairs/0")).put("number", 42);
        Path file = home.resolve("edited.json");
        Files.writeString(file, JSON.writeValueAsString(document), UTF_8);
        Path target = emptyArchive("target");

        CommandResult imported = importInto(target, file);
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(HuiwuCommand.DONE);
        CommandResult again = run(home, Locale.ENGLISH, "meeting", "export", "--recipient", "other-side", "--archive", target.toString(),
                "--passphrase-file", passphrase.toString(), "--meeting", "1", "--json");

        JsonNode pair = JSON.readTree(again.out()).at("/minutes/1/pairs/0");
        assertThat(pair.get("number").asInt()).isEqualTo(1);
        assertThat(pair.get("zh").get("state").asText()).isEqualTo("AGREED");
    }

    @Test
    void exportWithoutJsonPrintsAOneLineSummary() {
        CommandResult result = export("--meeting", twoVersions);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out().lines().toList()).singleElement().asString()
                .startsWith("Meeting " + twoVersions + " “")
                .contains("versions of the minutes: 2")
                .endsWith("Add --json to print it as JSON, or --out FILE to write it to a file.");
    }

    @Test
    void exportOfAnUnknownMeetingIsAnErrorNamingTheId() {
        CommandResult result = export("--meeting", "9999", "--json");

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip())
                .isEqualTo("The archive has no meeting with the id 9999. The ids are listed by: huiwu meetings list");
    }

    @Test
    void exportWithoutMeetingIsAUsageError() {
        CommandResult result = export("--json");

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().strip()).isEqualTo("Missing: --meeting ID. See: huiwu meeting export --help");
    }

    @Test
    void importOfAMissingFileIsAnErrorBeforeTheArchiveIsOpened() {
        Path missing = home.resolve("nothing.json");

        CommandResult result = run(home, Locale.ENGLISH, "meeting", "import", "--archive", home.resolve("no-archive")
                .toString(), "--in", missing.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().strip()).isEqualTo("The file " + missing + " cannot be read.");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void assertInputError(JsonNode document, String expected) throws IOException {
        Path file = home.resolve("edited.json");
        Files.writeString(file, JSON.writeValueAsString(document), UTF_8);
        Path target = home.resolve("untouched-" + System.nanoTime());

        // The file is checked before the archive is opened: the folder need not even hold one.
        CommandResult result = importInto(target, file);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith(file + " cannot be imported: " + expected)
                .endsWith(". Nothing was imported.");
        assertThat(target).doesNotExist();
    }

    private CommandResult export(String... options) {
        String[] args = new String[options.length + 8];
        args[0] = "meeting";
        args[1] = "export";
        args[2] = "--archive";
        args[3] = sample.toString();
        args[4] = "--passphrase-file";
        args[5] = passphrase.toString();
        args[6] = "--recipient";
        args[7] = "other-side";
        System.arraycopy(options, 0, args, 8, options.length);
        return run(home, Locale.ENGLISH, args);
    }

    private CommandResult importInto(Path archive, Path file) {
        return run(home, Locale.ENGLISH, "meeting", "import", "--archive", archive.toString(),
                "--passphrase-file", passphrase.toString(), "--in", file.toString());
    }

    private String list(Path archive) {
        CommandResult result = run(home, Locale.ENGLISH, "meetings", "list", "--archive", archive.toString(),
                "--passphrase-file", passphrase.toString(), "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    /** A new archive with no records, under the test's passphrase file ("sample"). */
    private Path emptyArchive(String name) {
        Path folder = home.resolve(name);
        try (OpenArchive archive = context(home, Locale.ENGLISH).archives().create(folder, "Target", Side.KYRGYZSTAN,
                false, "sample".toCharArray())) {
            assertThat(archive.meetings().findAll()).isEmpty();
        }
        return folder;
    }

    private static AppContext context(Path dataHome, Locale locale) {
        return new AppContext(new DataDirectories(dataHome, dataHome, dataHome.resolve("logs")), CLOCK, locale,
                KeyDerivation.forTests());
    }

    private static CommandResult run(Path dataHome, Locale locale, String... args) {
        return CommandResult.run(context(dataHome, locale), args);
    }

}
