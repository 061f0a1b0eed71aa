// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.importing.MinutesImport;
import org.huiwu.service.importing.WordFiles;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model on the sample archive, without a toolkit: work runs at once on the test's thread. */
class ImportMinutesViewModelTest {

    private static final Messages MESSAGES = Messages.of(Language.ENGLISH);
    private static final List<List<String>> TABLE = List.of(
            List.of("中文", "Русский"),
            List.of("双方同意加强边境管理合作。", "Стороны согласились усилить сотрудничество."),
            List.of("", "Только по-русски."));

    @TempDir
    Path home;
    private ArchiveSession session;
    private long draft;
    private long locked;

    @BeforeEach
    void openTheSample() {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek")), Locale.ENGLISH,
                KeyDerivation.forTests());
        Path folder = home.resolve("sample");
        try (OpenArchive archive = context.archives().create(folder, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(archive);
        }
        session = context.openSession(folder, SampleArchive.PASSPHRASE.toCharArray());
        List<Meeting> withMinutes = session.schedule().meetings().stream()
                .filter(m -> !session.minutes().versions(m.id()).isEmpty()).toList();
        draft = withMinutes.stream().filter(m -> !session.minutes().current(m.id()).isFinal())
                .reduce((a, b) -> b).orElseThrow().id();
        locked = withMinutes.stream().filter(m -> session.minutes().current(m.id()).isFinal())
                .reduce((a, b) -> b).orElseThrow().id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ImportMinutesViewModel model(Long current) {
        return new ImportMinutesViewModel(session.importing(), MinutesImport::read, MESSAGES, Runnable::run,
                Runnable::run, current, "13.10.2026 · 会谈");
    }

    private Path docx() {
        return WordFiles.write(home.resolve("talks-2019.docx"), WordFiles.docx(TABLE));
    }

    @Test
    void aChosenFileIsPreviewedWithNumbersAndWarningsAndNothingIsSaved() {
        Minutes before = session.minutes().current(draft);
        ImportMinutesViewModel model = model(draft);
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Choose a Word document");

        model.choose(docx());

        assertThat(model.rows()).containsExactly(
                new PreviewRow(1, "双方同意加强边境管理合作。", "Стороны согласились усилить сотрудничество.", ""),
                new PreviewRow(2, "", "Только по-русски.", "No Chinese text"));
        assertThat(model.statusProperty().get())
                .isEqualTo("2 pairs, 1 of them flagged. Nothing is saved until you press Import.");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.targetProperty().get()).isEqualTo(ImportMinutesViewModel.Target.CURRENT);
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(session.minutes().current(draft)).isEqualTo(before);
    }

    @Test
    void importAppendsToTheCurrentMeetingAndSaysSoOnce() {
        int before = session.minutes().current(draft).pairs().size();
        ImportMinutesViewModel model = model(draft);
        model.choose(docx());

        model.importNow();

        assertThat(model.importedMeeting()).contains(draft);
        assertThat(model.statusProperty().get()).startsWith("Imported 2 pairs into “");
        assertThat(session.minutes().current(draft).pairs()).hasSize(before + 2);
        // Pressed again, nothing is imported twice.
        assertThat(model.canImportProperty().get()).isFalse();
        model.importNow();
        assertThat(session.minutes().current(draft).pairs()).hasSize(before + 2);
    }

    @Test
    void aNewMeetingIsTitledAfterTheFileAndCreatedOnTheChosenDay() {
        int meetings = session.schedule().meetings().size();
        ImportMinutesViewModel model = model(draft);
        model.choose(docx());
        model.targetProperty().set(ImportMinutesViewModel.Target.NEW);
        assertThat(model.titleZhProperty().get()).isEqualTo("导入的纪要：talks-2019");
        assertThat(model.placeProperty().get()).isNotNull();
        model.dateProperty().set(LocalDate.of(2019, 5, 14));

        model.importNow();

        long created = model.importedMeeting().orElseThrow();
        assertThat(created).isNotEqualTo(draft);
        assertThat(session.schedule().meetings()).hasSize(meetings + 1);
        assertThat(session.schedule().meeting(created).localStart().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(session.minutes().current(created).pairs()).hasSize(2);
    }

    @Test
    void aNewMeetingWithoutAnyTitleCannotBeImported() {
        ImportMinutesViewModel model = model(draft);
        model.choose(docx());
        model.targetProperty().set(ImportMinutesViewModel.Target.NEW);
        model.titleZhProperty().set(" ");
        model.titleRuProperty().set("");

        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void aBadFileIsExplainedAndCannotBeImported() {
        Path encrypted = WordFiles.write(home.resolve("locked.docx"),
                WordFiles.encrypted(WordFiles.docx(TABLE), "secret"));
        ImportMinutesViewModel model = model(draft);

        model.choose(encrypted);

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("locked.docx is protected with a password.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void finalMinutesRefuseWithTheReasonAndStayAsTheyWere() {
        Minutes before = session.minutes().current(locked);
        ImportMinutesViewModel model = model(locked);
        model.choose(docx());

        model.importNow();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).contains("final").endsWith("Nothing was imported.");
        assertThat(model.importedMeeting()).isEmpty();
        assertThat(session.minutes().current(locked)).isEqualTo(before);
    }

    @Test
    void whileSavingTheDialogWaitsButWhileReadingItMayBeClosed() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        ImportMinutesViewModel model = new ImportMinutesViewModel(session.importing(), MinutesImport::read, MESSAGES,
                queued::add, Runnable::run, draft, "13.10.2026");

        model.choose(docx());
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(-1.0);
        assertThat(model.statusProperty().get()).isEqualTo("Reading talks-2019.docx…");
        queued.remove(0).run();

        model.importNow();
        assertThat(model.savingProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).isFalse();
        queued.remove(0).run();
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(model.importedMeeting()).contains(draft);
    }

    @Test
    void withoutAMeetingShownTheTargetIsANewMeeting() {
        ImportMinutesViewModel model = model(null);

        assertThat(model.hasCurrentMeeting()).isFalse();
        assertThat(model.targetProperty().get()).isEqualTo(ImportMinutesViewModel.Target.NEW);
    }
}
