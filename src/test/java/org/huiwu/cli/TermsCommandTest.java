// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** terms export and terms import as a user runs them: in-process through HuiwuCommand.run, on real archives. */
class TermsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    Path home;

    private AppContext context(Locale locale) {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, locale,
                KeyDerivation.forTests());
    }

    private Path archive(String name) throws Exception {
        Path folder = home.resolve(name);
        context(Locale.ENGLISH).archives().create(folder, name, Side.CHINA, false, "secret".toCharArray()).close();
        return folder;
    }

    private CommandResult run(Locale locale, String... args) {
        return CommandResult.run(context(locale), args);
    }

    @Test
    void termsIsAnEntryWordSoTheLauncherRunsItWithoutAWindow() {
        assertThat(HuiwuCommand.isCommand("terms")).isTrue();
    }

    @Test
    void anExportedTermbaseImportsIntoAnotherArchiveAsTheSameEntries() throws Exception {
        Path passphrase = Files.writeString(home.resolve("pass.txt"), "secret\n");
        Path first = archive("first");
        Path tbx = home.resolve("terms.tbx");

        CommandResult exported = run(Locale.ENGLISH, "terms", "export", "--format", "tbx", "--out", tbx.toString(),
                "--archive", first.toString(), "--passphrase-file", passphrase.toString());

        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(exported.out()).startsWith("Exported 43 terms to ").contains("(tbx)");
        assertThat(Files.readString(tbx, StandardCharsets.UTF_8)).contains("<term>边界代表</term>",
                "<term>пограничный представитель</term>");

        Path second = archive("second");
        // The second archive was seeded too, here with the same UUIDs (derived from the seed):
        // its entries match by preferred form.
        CommandResult imported = run(Locale.ENGLISH, "terms", "import", "--in", tbx.toString(),
                "--archive", second.toString(), "--passphrase-file", passphrase.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(imported.out()).contains(": 0 added, 0 updated, 43 unchanged, 0 skipped as incomplete.");

        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "zh,ru,note\n口岸,пункт пропуска;пункта пропуска,\n", StandardCharsets.UTF_8);
        CommandResult added = run(Locale.ENGLISH, "terms", "import", "--in", csv.toString(),
                "--archive", second.toString(), "--passphrase-file", passphrase.toString());
        assertThat(added.out()).contains(": 1 added, 0 updated, 0 unchanged");
        try (OpenArchive archive = context(Locale.ENGLISH).archives().open(second, "secret".toCharArray())) {
            assertThat(archive.terms().findAll()).hasSize(44);
        }
    }

    @Test
    void aBrokenFileIsRefusedInTheUsersLanguageBeforeThePassphraseIsAsked() throws Exception {
        Path csv = Files.writeString(home.resolve("bad.csv"), "a,b\n1,2\n");

        CommandResult result = run(Locale.forLanguageTag("ru"), "terms", "import", "--in", csv.toString(),
                "--archive", home.resolve("none").toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("нельзя импортировать: первая строка должна называть столбцы zh, ru");
    }
}
