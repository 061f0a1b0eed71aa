// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** protocol export as a user runs it, on the sample archive. */
class ProtocolCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    Path home;

    @Test
    void bothOriginalsOfFinalMinutesAreTwoFilesNamedByTheProtocolNumberWithSignatureFields() throws IOException {
        Path sample = home.resolve("sample");
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        assertThat(run("sample", "--archive", sample.toString()).exitCode()).isZero();
        long finalId;
        long draftId;
        try (OpenArchive archive = context().archives().open(sample, "sample".toCharArray())) {
            finalId = archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).map(v -> v.isFinal()).orElse(false))
                    .map(Meeting::id).reduce((a, b) -> b).orElseThrow();
            draftId = archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).map(v -> !v.isFinal()).orElse(false))
                    .map(Meeting::id).findFirst().orElseThrow();
        }
        Path folder = home.resolve("out");

        CommandResult both = run("protocol", "export", "--recipient", "other-side", "--meeting", String.valueOf(finalId), "--original", "both",
                "--out", folder.toString(), "--archive", sample.toString(), "--passphrase-file", passphrase.toString());

        assertThat(both.exitCode()).as(both.err()).isEqualTo(HuiwuCommand.DONE);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .hasSize(2).allMatch(name -> name.matches("\\d{4}-[LWT]-\\d{3}-(cn|kg)\\.pdf"));
        }
        assertThat(both.out().lines()).hasSize(2).noneMatch(line -> line.contains("DRAFT"));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getDocumentCatalog().getAcroForm().getFields()).hasSize(2);
                }
            }
        }

        Path draft = home.resolve("draft-kg.pdf");
        CommandResult one = run("protocol", "export", "--recipient", "other-side", "--meeting", String.valueOf(draftId), "--original", "kg",
                "--layout", "sequential", "--out", draft.toString(), "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(one.exitCode()).as(one.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(one.out()).contains("DRAFT").contains(draft.toString());
        assertThat(Files.readAllBytes(draft)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        CommandResult unknown = run("protocol", "export", "--recipient", "other-side", "--meeting", "999999", "--original", "cn", "--out",
                home.resolve("x.pdf").toString(), "--archive", sample.toString(), "--passphrase-file",
                passphrase.toString());
        assertThat(unknown.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(unknown.err()).contains("999999");
        assertThat(home.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void benchPdfWritesAProtocolOfTheAskedPagesAndPrintsItsFigures() {
        CommandResult bench = run("bench", "pdf", "--pages", "3");

        assertThat(bench.exitCode()).as(bench.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(bench.out().strip()).matches(
                "pages=3 clauses=\\d+ cold_ms=\\d+ warm_p50_ms=[\\d.]+ warm_min_ms=[\\d.]+ bytes=\\d+");
        assertThat(run("bench", "pdf", "--pages", "0").exitCode()).isEqualTo(HuiwuCommand.ERROR);
    }

    private AppContext context() {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private CommandResult run(String... args) {
        return CommandResult.run(context(), args);
    }
}
