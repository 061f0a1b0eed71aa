// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parity check as a user runs it: in-process through HuiwuCommand.run. */
class ParityCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    Path home;

    @Test
    void parityIsAnEntryWord() {
        assertThat(HuiwuCommand.isCommand("parity")).isTrue();
    }

    @Test
    void inputFilePrintsOneLinePerFindingWithTheLineNumberAndExitsOne() throws IOException {
        Path file = home.resolve("pairs.tsv");
        Files.writeString(file, String.join("\n",
                "本协议于二〇〇八年十二月十六日在北京签订。\tСовершено в Пекине 16 декабря 2008 года.",
                "",
                "双方同意在16天内答复。\tСтороны согласились ответить в течение семнадцати дней.",
                "会谈于下午2点半开始。\tПереговоры начались в 15:30.",
                "(二) 协商有效守卫国界的措施；\t3) согласование мер по охране государственной границы;",
                "会谈纪要\t") + "\n", StandardCharsets.UTF_8);
        CommandResult result = run("parity", "check", "--input", file.toString());
        System.out.println(result.out());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(result.out().lines()).containsExactly(
                "3\tNUMBERS\t16\tсемнадцати",
                "4\tTIMES\t下午2点半\t15:30",
                "5\tNUMBERING\t(二)\t3)",
                "6\tEMPTY_SIDE\t会谈纪要\t");
    }

    @Test
    void agreeingPairsExitZeroWithoutOutput() throws IOException {
        Path file = home.resolve("ok.tsv");
        Files.writeString(file, "会谈于14:30开始。\tПереговоры начались в 14:30.\n", StandardCharsets.UTF_8);
        CommandResult result = run("parity", "check", "--input", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unreadableInputAndMissingSourceExitTwo() {
        CommandResult missing = run("parity", "check", "--input", home.resolve("nope.tsv").toString());
        assertThat(missing.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(missing.err()).contains("nope.tsv");
        assertThat(run("parity", "check").exitCode()).isEqualTo(HuiwuCommand.ERROR);
    }

    @Test
    void meetingChecksTheNewestMinutesByClauseNumber() throws IOException {
        Path sample = home.resolve("sample");
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        assertThat(run("sample", "--archive", sample.toString()).exitCode()).isZero();
        String id;
        try (OpenArchive archive = context().archives().open(sample, "sample".toCharArray())) {
            id = String.valueOf(archive.meetings().findAll().stream()
                    .filter(m -> !archive.minutes().versions(m.id()).isEmpty()).findFirst().orElseThrow().id());
        }
        CommandResult result = run("parity", "check", "--meeting", id, "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString());
        System.out.println("parity check --meeting " + id + " => exit " + result.exitCode() + "\n" + result.out()
                + result.err());
        assertThat(result.exitCode()).as(result.err()).isIn(HuiwuCommand.DONE, HuiwuCommand.NEGATIVE);
        assertThat(result.out().lines()).allMatch(line -> line.matches("[0-9]+\t[A-Z_]+\t[^\t]*\t[^\t]*"));
        assertThat(result.exitCode() == HuiwuCommand.NEGATIVE).isEqualTo(!result.out().isEmpty());

        CommandResult unknown = run("parity", "check", "--meeting", "999999", "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(unknown.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(unknown.err()).contains("999999");
    }

    private AppContext context() {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private CommandResult run(String... args) {
        return CommandResult.run(context(), args);
    }

}
