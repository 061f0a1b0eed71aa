// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huiwu.app.AppContext;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** backup --out, backup verify and restore as the user types them, with exit codes and texts. */
class BackupCommandTest {

    @TempDir
    static Path home;
    static AppContext context;
    static Path archive;
    static Path passphrase;
    static Path backup;
    static CommandResult written;

    @BeforeAll
    static void backUpTheSampleFromTheCommandLine() throws IOException {
        context = UiTestArchive.context(home);
        archive = UiTestArchive.sample(context);
        passphrase = Files.writeString(home.resolve("passphrase.txt"), SampleArchive.PASSPHRASE + "\n");
        backup = home.resolve("out/sample.hwbackup");
        written = CommandResult.run(context, "backup", "--out", backup.toString(), "--archive", archive.toString(),
                "--passphrase-file", passphrase.toString());
    }

    @Test
    void backupWritesTheFileAndSaysWhereAndHowBig() throws IOException {
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains(backup.toString()).contains("bytes");
        assertThat(Files.size(backup)).isPositive();
    }

    @Test
    void verifyOfAnIntactBackupCountsMeetingsAndExitsZero() {
        CommandResult result = CommandResult.run(context, "backup", "verify", backup.toString(),
                "--passphrase-file", passphrase.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher counts = Pattern.compile("; (\\d+) meetings, (\\d+) minutes versions, (\\d+) clauses")
                .matcher(result.out());
        assertThat(counts.find()).as(result.out()).isTrue();
        assertThat(Integer.parseInt(counts.group(1))).isPositive();
        assertThat(Integer.parseInt(counts.group(3))).isPositive();
    }

    @Test
    void verifyOfADamagedBackupExitsOneAndSaysSo() throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x40;
        Path damaged = Files.write(home.resolve("damaged.hwbackup"), bytes);
        Path cut = Files.write(home.resolve("cut.hwbackup"), Arrays.copyOf(bytes, bytes.length / 3));
        Path foreign = Files.writeString(home.resolve("foreign.hwbackup"), "just text");

        CommandResult flipped = verify(damaged);
        CommandResult truncated = verify(cut);
        CommandResult notOurs = verify(foreign);

        assertThat(flipped.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(flipped.out()).contains("damaged or was changed");
        assertThat(truncated.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(truncated.out()).contains("incomplete");
        assertThat(notOurs.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(notOurs.out()).contains("is not a Huiwu backup");
    }

    @Test
    void verifyWithAWrongPassphraseIsAnErrorOfTheInputNotOfTheFile() throws IOException {
        Path wrong = Files.writeString(home.resolve("wrong.txt"), "not it\n");

        CommandResult result = CommandResult.run(context, "backup", "verify", backup.toString(),
                "--passphrase-file", wrong.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("Wrong passphrase for the backup");
    }

    @Test
    void restoreMakesANewArchiveThatMeetingsListOpens() {
        Path restored = home.resolve("restored");

        CommandResult result = CommandResult.run(context, "restore", "--in", backup.toString(), "--archive",
                restored.toString(), "--passphrase-file", passphrase.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(restored.toString());
        CommandResult listed = CommandResult.run(context, "meetings", "list", "--archive", restored.toString(),
                "--passphrase-file", passphrase.toString());
        CommandResult original = CommandResult.run(context, "meetings", "list", "--archive", archive.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).isEqualTo(original.out()).isNotBlank();
    }

    @Test
    void restoreRefusesAnExistingArchiveFolderAndChangesNothingThere() throws IOException {
        long before = Files.getLastModifiedTime(archive.resolve("huiwu.mv.db")).toMillis();

        CommandResult result = CommandResult.run(context, "restore", "--in", backup.toString(), "--archive",
                archive.toString(), "--passphrase-file", passphrase.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("already holds files");
        assertThat(Files.getLastModifiedTime(archive.resolve("huiwu.mv.db")).toMillis()).isEqualTo(before);
    }

    @Test
    void backupWithoutOutIsAUsageError() {
        CommandResult result = CommandResult.run(context, "backup", "--archive", archive.toString(),
                "--passphrase-file", passphrase.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("--out");
    }

    private static CommandResult verify(Path file) {
        return CommandResult.run(context, "backup", "verify", file.toString(), "--passphrase-file",
                passphrase.toString());
    }
}
