// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.importing.ImportException;
import org.huiwu.service.importing.ImportPreview;
import org.huiwu.service.importing.ImportedClause;
import org.huiwu.service.importing.MinutesImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Import past minutes" dialog: a file is read into a preview in the background (nothing saved), the user picks
 * the current meeting or a new one, and only "Import" saves. Reading and saving run on {@code background}; results
 * come back through {@code fx}, so a test passes direct executors and needs no toolkit.
 */
public final class ImportMinutesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportMinutesViewModel.class);

    /** Where the clauses go. */
    public enum Target { CURRENT, NEW }

    /** How a file is read; the dialog passes {@link MinutesImport#read}, tests may pass their own. */
    @FunctionalInterface
    public interface Reader {
        ImportPreview read(Path file, java.util.function.DoubleConsumer progress) throws ImportException;
    }

    private final MinutesImport importing;
    private final Reader reader;
    private final Messages messages;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private final Long currentMeeting;
    private final String currentLabel;

    private final StringProperty path = new SimpleStringProperty("");
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Saving, as opposed to reading: a read may be abandoned by closing, a save is waited for. */
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<MeetingLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final StringProperty titleZh = new SimpleStringProperty("");
    private final StringProperty titleRu = new SimpleStringProperty("");
    /** The id of the meeting the clauses went into, once imported. */
    private final ObjectProperty<Long> imported = new SimpleObjectProperty<>();
    private final BooleanBinding canImport;

    /**
     * @param currentMeeting the meeting the record shows (the default target), or null when there is none
     * @param currentLabel how that meeting is named in the target choice
     */
    public ImportMinutesViewModel(MinutesImport importing, Reader reader, Messages messages, Executor background,
                                  Consumer<Runnable> fx, Long currentMeeting, String currentLabel) {
        this.importing = importing;
        this.reader = reader;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        this.currentMeeting = currentMeeting;
        this.currentLabel = currentLabel;
        target.set(currentMeeting != null ? Target.CURRENT : Target.NEW);
        places.setAll(importing.places());
        MinutesImport.NewMeeting proposal = importing.proposal("");
        date.set(proposal.date());
        level.set(proposal.level());
        place.set(places.stream().filter(p -> p.id() == proposal.placeId()).findFirst().orElse(null));
        status.set(messages.get("importing.noFile"));
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && !busy.get()
                        && imported.get() == null && (target.get() == Target.CURRENT ? currentMeeting != null
                        : date.get() != null && place.get() != null
                        && !(titleZh.get().isBlank() && titleRu.get().isBlank())),
                preview, busy, imported, target, date, place, titleZh, titleRu);
    }

    /** Reads the file into the preview in the background; the path field shows it. */
    public void choose(Path file) {
        path.set(file.toString());
        read();
    }

    /** Reads what the path field names (typed, pasted or chosen). */
    public void read() {
        if (busy.get() || path.get().isBlank()) {
            return;
        }
        Path file = Path.of(path.get().strip());
        preview.set(null);
        rows.clear();
        imported.set(null);
        busy.set(true);
        failed.set(false);
        progress.set(-1);
        status.set(messages.get("importing.reading", file.getFileName()));
        background.execute(() -> {
            try {
                ImportPreview read = reader.read(file, part -> fx.accept(() -> progress.set(part)));
                fx.accept(() -> shown(read));
            } catch (ImportException e) {
                fx.accept(() -> problem(messages.get(e.messageKey(), e.arguments().toArray())));
            } catch (RuntimeException e) {
                LOG.error("Reading past minutes failed", e);
                fx.accept(() -> problem(messages.get("importing.failed")));
            }
        });
    }

    private void shown(ImportPreview read) {
        List<PreviewRow> shown = new java.util.ArrayList<>(read.clauses().size());
        int number = 0;
        for (ImportedClause clause : read.clauses()) {
            shown.add(new PreviewRow(++number, clause.zh(), clause.ru(), clause.warnings().stream().sorted()
                    .map(w -> messages.get(w.messageKey())).collect(Collectors.joining("; "))));
        }
        rows.setAll(shown);
        var title = MinutesImport.titleFor(read.fileName());
        titleZh.set(title.zh());
        titleRu.set(title.ru());
        preview.set(read);
        busy.set(false);
        progress.set(1);
        status.set(messages.get("importing.summary", read.clauses().size(), read.flagged()));
    }

    private void problem(String message) {
        busy.set(false);
        saving.set(false);
        progress.set(0);
        failed.set(true);
        status.set(message);
    }

    /** Saves the previewed clauses into the chosen meeting; only this changes the archive. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportPreview chosen = preview.get();
        Target into = target.get();
        MinutesImport.NewMeeting request = into == Target.NEW ? new MinutesImport.NewMeeting(date.get(),
                level.get(), place.get().id(), org.huiwu.domain.common.Bilingual.of(titleZh.get(), titleRu.get()))
                : null;
        busy.set(true);
        saving.set(true);
        failed.set(false);
        progress.set(-1);
        background.execute(() -> {
            try {
                MinutesImport.Imported done = into == Target.CURRENT ? importing.appendTo(currentMeeting, chosen)
                        : importing.intoNewMeeting(request, chosen);
                fx.accept(() -> {
                    busy.set(false);
                    saving.set(false);
                    progress.set(1);
                    imported.set(done.meeting().id());
                    status.set(messages.get("importing.done", done.pairs(), done.meeting().title().joined()));
                });
            } catch (MinutesException e) {
                fx.accept(() -> problem(messages.get("importing.nothingChanged", messages.get(e.messageKey()))));
            } catch (ArchiveException e) {
                fx.accept(() -> problem(messages.get("importing.nothingChanged",
                        messages.get(e.reason().messageKey(), e.detail()))));
            } catch (ValidationException e) {
                fx.accept(() -> problem(messages.get("importing.error.newMeeting", e.violations().stream()
                        .map(v -> messages.get(v.messageKey())).distinct().collect(Collectors.joining(" ")))));
            } catch (org.huiwu.domain.access.AccessDeniedException e) {
                fx.accept(() -> problem(messages.get("importing.nothingChanged",
                        org.huiwu.i18n.AccessTexts.denied(messages, e))));
            } catch (RuntimeException e) {
                LOG.error("Importing past minutes failed", e);
                fx.accept(() -> problem(messages.get("importing.failed")));
            }
        });
    }

    public boolean hasCurrentMeeting() {
        return currentMeeting != null;
    }

    /** The target choice's text for the current meeting. */
    public String currentMeetingText() {
        return messages.get("importing.target.current", currentLabel == null ? "" : currentLabel);
    }

    /** The id of the meeting the clauses went into, once imported. */
    public Optional<Long> importedMeeting() {
        return Optional.ofNullable(imported.get());
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** 0..1 while reading or saving, -1 while the amount is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the dialog says under the preview: the hint, the summary, the problem or the result. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether the status is a problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<MeetingLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObservableList<Place> places() {
        return places;
    }

    public StringProperty titleZhProperty() {
        return titleZh;
    }

    public StringProperty titleRuProperty() {
        return titleRu;
    }

    public ReadOnlyObjectProperty<Long> importedProperty() {
        return imported;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
