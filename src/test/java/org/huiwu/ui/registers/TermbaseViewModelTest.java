// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.parity.InMemoryTerms;
import org.huiwu.service.parity.TermbaseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TermbaseViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private TermbaseService service;
    private TermbaseViewModel terms;

    @BeforeEach
    void seeded() {
        service = new TermbaseService(new InMemoryTerms(), CLOCK);
        service.seedIfEmpty();
        terms = new TermbaseViewModel(service, Messages.of(Language.ENGLISH));
        terms.load();
    }

    @Test
    void rowsShowBothLanguagesFormsNoteAndOriginInWords() {
        TermRow row = terms.rows().get(0);

        assertThat(row.zh()).isEqualTo("边界代表");
        assertThat(row.ru()).startsWith("пограничный представитель; пограничного представителя");
        assertThat(row.origin()).isEqualTo("Glossary");
        assertThat(Messages.of(Language.CHINESE).get("terms.origin.ART4")).isEqualTo("协定第四条");
    }

    @Test
    void theFilterMatchesEitherLanguageIgnoringCase() {
        terms.filterProperty().set("ГРАНИЦЕ");
        assertThat(terms.rows()).extracting(TermRow::zh).contains("国界; 边界");
        terms.filterProperty().set("会晤站");
        assertThat(terms.rows()).singleElement().extracting(TermRow::zh).isEqualTo("会晤站");
        terms.filterProperty().set("nothing-like-this");
        assertThat(terms.rows()).isEmpty();
        assertThat(terms.placeholder().get()).isEqualTo("No term matches the filter. Clear it to see all terms.");
    }

    @Test
    void aNewTermNeedsBothLanguagesAndIsSelectedAndShownAfterSaving() {
        terms.filterProperty().set("军区");
        TermEditorViewModel editor = terms.addTerm();
        editor.zhProperty().set("口岸；边境口岸");
        assertThat(editor.valid().get()).isFalse();
        assertThat(editor.ruError().get()).isEqualTo("At least one Russian form is required.");
        assertThat(editor.save()).isFalse();

        editor.ruProperty().set("пункт пропуска; пункта пропуска");
        assertThat(editor.save()).isTrue();

        assertThat(terms.filterProperty().get()).isEmpty();
        assertThat(terms.selectedProperty().get().zh()).isEqualTo("口岸; 边境口岸");
        assertThat(terms.selectedProperty().get().origin()).isEqualTo("Added by a user");
    }

    @Test
    void editingChangesTheSelectedEntryAndDeletingRemovesIt() {
        terms.selectedProperty().set(terms.rows().get(2));
        TermEditorViewModel editor = terms.editSelected().orElseThrow();
        editor.noteProperty().set("changed");
        assertThat(editor.save()).isTrue();
        assertThat(terms.selectedProperty().get().note()).isEqualTo("changed");
        int before = terms.rows().size();

        assertThat(terms.deleteQuestion()).isEqualTo("Delete the term “助手” / “помощник”?");
        terms.deleteSelected();

        assertThat(terms.rows()).hasSize(before - 1);
        assertThat(terms.selectedProperty().get()).isNull();
    }

    @Test
    void exportThenImportReportsWhatHappenedAndBadFilesSayWhy() throws Exception {
        Path file = temp.resolve("terms.csv");
        terms.exportFile(file);
        assertThat(terms.statusProperty().get()).isEqualTo("Exported " + service.list().size()
                + " terms to terms.csv.");

        terms.importFile(file);
        assertThat(terms.statusProperty().get()).isEqualTo("Import finished: 0 added, 0 updated, "
                + service.list().size() + " unchanged, 0 skipped as incomplete.");

        Path broken = Files.writeString(temp.resolve("broken.tbx"), "<martif><text>");
        terms.importFile(broken);
        assertThat(terms.statusProperty().get())
                .startsWith("broken.tbx cannot be imported: it is not well-formed XML (line 1,");
    }
}
