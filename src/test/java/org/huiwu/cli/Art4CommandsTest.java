// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** consent list|add, info list|add and the Art. 4 gate of protocol and meeting export, on the sample archive. */
class Art4CommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    Path home;

    private Path sample;
    private Path passphrase;
    private long finalId;
    private long draftId;

    @BeforeEach
    void sampleArchive() throws IOException {
        sample = home.resolve("sample");
        passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        assertThat(run("sample", "--archive", sample.toString()).exitCode()).isZero();
        try (OpenArchive archive = context().archives().open(sample, "sample".toCharArray())) {
            finalId = archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).map(v -> v.isFinal()).orElse(false))
                    .max(java.util.Comparator.comparing(Meeting::start)).map(Meeting::id).orElseThrow();
            draftId = archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).map(v -> !v.isFinal()).orElse(false))
                    .map(Meeting::id).findFirst().orElseThrow();
        }
    }

    @Test
    void anExportWithoutItsRecipientIsAUsageError() {
        Path pdf = home.resolve("no-recipient.pdf");
        CommandResult result = run(archived("protocol", "export", "--meeting", String.valueOf(finalId),
                "--original", "cn", "--out", pdf.toString()));
        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("--recipient");
        assertThat(pdf).doesNotExist();

        CommandResult unnamed = run(archived("protocol", "export", "--recipient", "third-party", "--meeting",
                String.valueOf(finalId), "--original", "cn", "--out", pdf.toString()));
        assertThat(unnamed.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(unnamed.err()).contains("--third-party");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aThirdPartyWithoutConsentIsRefusedThenAllowedAfterConsentAddAndThePdfIsMarked() throws IOException {
        Path pdf = home.resolve("osce.pdf");
        String[] toOsce = archived("protocol", "export", "--recipient", "third-party", "--third-party", "OSCE",
                "--meeting", String.valueOf(finalId), "--original", "cn", "--out", pdf.toString());

        CommandResult refused = run(toOsce);
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(refused.err()).contains("Refused under Art. 4").contains("OSCE")
                .contains("Art. 4 (3)").contains("Art. 4 (2)").doesNotContain("Art. 4 (1)");
        assertThat(pdf).doesNotExist();

        CommandResult consented = run(archived("protocol", "export", "--recipient", "third-party", "--third-party",
                "sco rats", "--meeting", String.valueOf(finalId), "--original", "kg", "--out",
                home.resolve("rats.pdf").toString()));
        assertThat(consented.exitCode()).as(consented.err()).isEqualTo(HuiwuCommand.DONE);

        CommandResult added = run(archived("consent", "add", "--side", "kg", "--date", "2026-11-20", "--reference",
                "№ 04-2/131", "--third-party", "OSCE", "--category", "2", "--category", "3"));
        assertThat(added.exitCode()).as(added.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(added.out()).contains("OSCE");

        CommandResult allowed = run(toOsce);
        assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(text(pdf)).contains("第四条").contains("статьёй 4 Соглашения");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "zh, 依据协定第四条拒绝, 非法越界人员及藏匿人员",
        "ru, Отказано на основании статьи 4 Соглашения, предоставила: Кыргызская сторона"})
    void theRefusalIsWordedInTheUsersLanguage(String language, String opening, String naming) {
        CommandResult refused = CommandResult.run(new AppContext(new DataDirectories(home, home,
                        home.resolve("logs")), CLOCK, Locale.forLanguageTag(language), KeyDerivation.forTests()),
                archived("protocol", "export", "--recipient", "third-party", "--third-party", "OSCE", "--meeting",
                        String.valueOf(finalId), "--original", "cn", "--out", home.resolve("x.pdf").toString()));
        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(refused.err()).startsWith(opening).contains("OSCE").contains(naming);
    }

    @Test
    void materialWithoutInformationItemsGoesToAThirdPartyUnmarked() throws IOException {
        Path pdf = home.resolve("draft.pdf");
        CommandResult result = run(archived("protocol", "export", "--recipient", "third-party", "--third-party",
                "OSCE", "--meeting", String.valueOf(draftId), "--original", "cn", "--out", pdf.toString()));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(text(pdf)).doesNotContain("статьёй 4 Соглашения");
    }

    @Test
    void consentsAndItemsAreListedAndAnItemLinkedByPositionJoinsTheProtocol() {
        CommandResult consents = run(archived("consent", "list"));
        assertThat(consents.exitCode()).isZero();
        assertThat(consents.out().lines()).singleElement().asString().contains("SCO RATS").contains("KG");
        CommandResult json = run(archived("consent", "list", "--json"));
        assertThat(json.out()).contains("\"thirdParty\": \"SCO RATS\"").contains("\"categories\": [");

        assertThat(run(archived("info", "list")).out().lines()).hasSize(4);
        CommandResult added = run(archived("info", "add", "--category", "5", "--side", "kg", "--date",
                "2026-11-02", "--channel", "letter", "--zh", "可能的极端分子活动", "--ru",
                "Возможная деятельность экстремистов", "--meeting", String.valueOf(finalId), "--clause", "1"));
        assertThat(added.exitCode()).as(added.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(run(archived("info", "list", "--json")).out()).contains("Возможная деятельность экстремистов");

        // Consented for (2) and (3) only: the new item of category (5) is refused to the consented party.
        CommandResult refused = run(archived("protocol", "export", "--recipient", "third-party", "--third-party",
                "SCO RATS", "--meeting", String.valueOf(finalId), "--original", "cn", "--out",
                home.resolve("x.pdf").toString()));
        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(refused.err()).contains("Art. 4 (5)").doesNotContain("Art. 4 (2)");

        CommandResult badClause = run(archived("info", "add", "--category", "1", "--side", "cn", "--date",
                "2026-11-02", "--zh", "形势", "--meeting", String.valueOf(finalId), "--clause", "99"));
        assertThat(badClause.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(badClause.err()).contains("99");
    }

    @Test
    void aMeetingPackageToAThirdPartyIsRefusedAndToTheOtherSideCarriesTheMarking() throws IOException {
        Path file = home.resolve("meeting.json");
        CommandResult refused = run(archived("meeting", "export", "--meeting", String.valueOf(finalId),
                "--recipient", "third-party", "--third-party", "OSCE", "--out", file.toString()));
        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(file).doesNotExist();

        CommandResult allowed = run(archived("meeting", "export", "--meeting", String.valueOf(finalId),
                "--recipient", "other-side", "--out", file.toString()));
        assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(Files.readString(file)).contains("\"art4Marking\"").contains("含依据协定第四条提供的信息");
    }

    @Test
    void onlyTheRepresentativeMayAddAConsentAndTheDeputyMayNotExport() throws IOException {
        Path deputy = home.resolve("deputy.txt");
        Files.writeString(deputy, "deputy\n");
        CommandResult add = run("consent", "add", "--archive", sample.toString(), "--passphrase-file",
                deputy.toString(), "--side", "kg", "--date", "2026-11-20", "--reference", "№ 1", "--third-party",
                "OSCE", "--category", "2");
        assertThat(add.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(add.err()).contains("Deputy");
        assertThat(run("consent", "list", "--archive", sample.toString(), "--passphrase-file", deputy.toString())
                .out().lines()).hasSize(1);

        CommandResult export = run("protocol", "export", "--archive", sample.toString(), "--passphrase-file",
                deputy.toString(), "--recipient", "internal", "--meeting", String.valueOf(finalId), "--original",
                "cn", "--out", home.resolve("d.pdf").toString());
        assertThat(export.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(home.resolve("d.pdf")).doesNotExist();
    }

    private String[] archived(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int at = args[0].equals("protocol") || args[0].equals("meeting") || args[0].equals("consent")
                || args[0].equals("info") ? 2 : 1;
        all.addAll(at, List.of("--archive", sample.toString(), "--passphrase-file", passphrase.toString()));
        return all.toArray(String[]::new);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private AppContext context() {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private CommandResult run(String... args) {
        return CommandResult.run(context(), args);
    }
}
