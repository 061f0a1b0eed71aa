// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.i18n.Messages;
import org.huiwu.service.parity.TermFile;
import org.huiwu.service.parity.TermFileException;
import org.huiwu.service.parity.TermbaseService;

/**
 * The termbase tab of "People and places": the terms as a table with a filter, the term editor, deletion, and
 * import and export of TBX and CSV files. What an import or export did is said in {@link #statusProperty()}.
 */
public final class TermbaseViewModel {

    private final TermbaseService terms;
    private final Messages messages;
    private final ObservableList<TermRow> all = FXCollections.observableArrayList();
    private final FilteredList<TermRow> rows = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<TermRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding placeholder;

    public TermbaseViewModel(TermbaseService terms, Messages messages) {
        this.terms = terms;
        this.messages = messages;
        rows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            List<String> words = words(filter.get());
            return words.isEmpty() ? null : row -> row.matches(words);
        }, filter));
        placeholder = Bindings.createStringBinding(() -> messages.get(all.isEmpty() ? "terms.empty"
                : "terms.noMatch"), all);
    }

    /** Reads the termbase, keeping the selected entry selected. */
    public void load() {
        try {
            UUID kept = selected.get() == null ? null : selected.get().entry().uuid();
            all.setAll(terms.list().stream().map(entry -> TermRow.of(entry, messages)).toList());
            selected.set(kept == null ? null : find(kept).orElse(null));
            problem.set("");
        } catch (ArchiveException e) {
            problem.set(messages.get(e.reason().messageKey(), e.detail()));
        }
    }

    /** The entries the filter lets through. */
    public ObservableList<TermRow> rows() {
        return rows;
    }

    /** Words that must each occur, ignoring case, in a row's forms, note or origin. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TermRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding termSelected() {
        return selected.isNotNull();
    }

    public StringBinding placeholder() {
        return placeholder;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last import or export did, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public TermEditorViewModel addTerm() {
        return TermEditorViewModel.forNew(this::store, messages);
    }

    public Optional<TermEditorViewModel> editSelected() {
        return Optional.ofNullable(selected.get())
                .map(row -> TermEditorViewModel.forEdit(row.entry().term(), this::store, messages));
    }

    /** The question the view asks before deleting the selected entry. */
    public String deleteQuestion() {
        TermRow row = selected.get();
        return row == null ? "" : messages.get("terms.delete.confirm", row.entry().term().zh().get(0),
                row.entry().term().ru().get(0));
    }

    public void deleteSelected() {
        TermRow row = selected.get();
        if (row == null) {
            return;
        }
        try {
            terms.delete(row.entry().uuid());
            selected.set(null);
            load();
        } catch (ArchiveException e) {
            problem.set(messages.get(e.reason().messageKey(), e.detail()));
        }
    }

    /** The extensions the file choosers offer, per format (e.g. "*.tbx"). */
    public List<String> extensions(TermFile format) {
        return format.extensions().stream().map(extension -> "*." + extension).toList();
    }

    public String formatName(TermFile format) {
        return messages.get(format == TermFile.TBX ? "terms.file.tbx" : "terms.file.csv");
    }

    /** Merges the file into the termbase; says how many entries were added and updated, or why not. */
    public void importFile(Path file) {
        try {
            TermbaseService.ImportResult result = terms.importFile(file);
            load();
            status.set(messages.get("terms.import.done", result.added(), result.updated(), result.unchanged(),
                    result.incomplete()));
        } catch (TermFileException e) {
            status.set(messages.get("terms.import.failed", file.getFileName(),
                    messages.get(e.messageKey(), e.arguments())));
        } catch (ArchiveException e) {
            status.set(messages.get(e.reason().messageKey(), e.detail()));
        }
    }

    /** Writes every entry to the file, in the format its extension names (TBX otherwise). */
    public void exportFile(Path file) {
        TermFile format;
        try {
            format = TermFile.of(file);
        } catch (TermFileException e) {
            format = TermFile.TBX;
        }
        try {
            java.nio.file.Files.write(file, terms.export(format));
            status.set(messages.get("terms.export.done", terms.list().size(), file.getFileName()));
        } catch (java.io.IOException e) {
            status.set(messages.get("terms.export.failed", file.getFileName()));
        }
    }

    private TermbaseEntry store(Term term) {
        TermbaseEntry saved = terms.save(term);
        load();
        Optional<TermRow> row = find(saved.uuid());
        if (row.isPresent() && !rows.contains(row.get())) {
            filter.set(""); // the saved term must be seen, not hidden by an old filter
        }
        selected.set(row.orElse(null));
        return saved;
    }

    private Optional<TermRow> find(UUID uuid) {
        return all.stream().filter(row -> row.entry().uuid().equals(uuid)).findFirst();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
