// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;

/**
 * What the person and place editors share: a name required in both Chinese and Russian, an error under each
 * name field while it is empty, and a save that keeps the form as typed when the archive refuses it.
 *
 * <p>Field errors stay hidden on a fresh form until the user starts on a name (or leaves a name field), so a new
 * dialog does not open in red; the save button is disabled all the same.
 */
abstract class RecordEditorViewModel<T> {

    private final StringProperty nameZh = new SimpleStringProperty(this, "nameZh", "");
    private final StringProperty nameRu = new SimpleStringProperty(this, "nameRu", "");
    private final BooleanProperty fieldErrorsShown = new SimpleBooleanProperty(this, "fieldErrorsShown");
    private final StringBinding nameZhError;
    private final StringBinding nameRuError;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringBinding problemText;
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final Function<T, T> store;
    private final boolean editing;
    protected final Messages messages;
    private BooleanBinding valid;

    /**
     * @param keyPrefix "person" or "place": whose wording the name errors take (a person's name, a place's name)
     */
    protected RecordEditorViewModel(String keyPrefix, Bilingual name, boolean editing, Function<T, T> store,
            Messages messages) {
        this.store = store;
        this.editing = editing;
        this.messages = messages;
        nameZh.set(name.zh());
        nameRu.set(name.ru());
        fieldErrorsShown.set(editing);
        nameZh.addListener((obs, old, now) -> fieldErrorsShown.set(true));
        nameRu.addListener((obs, old, now) -> fieldErrorsShown.set(true));
        nameZhError = missingText(nameZh, keyPrefix + ".validation.nameZhMissing");
        nameRuError = missingText(nameRu, keyPrefix + ".validation.nameRuMissing");
        problemText = Bindings.createStringBinding(() -> String.join("\n", problems), problems);
    }

    /** The record as the form now describes it. */
    protected abstract T build();

    /** Whether the fields besides the names (side, kind…) are filled; a constraint of {@link #valid()}. */
    protected abstract boolean otherFieldsFilled();

    /** The properties {@link #otherFieldsFilled()} reads. */
    protected abstract Observable[] otherFields();

    public boolean isEditing() {
        return editing;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public StringProperty nameRuProperty() {
        return nameRu;
    }

    /** The text under the Chinese name field: empty, or why the form cannot be saved yet. */
    public StringBinding nameZhError() {
        return nameZhError;
    }

    public StringBinding nameRuError() {
        return nameRuError;
    }

    public ReadOnlyBooleanProperty fieldErrorsShownProperty() {
        return fieldErrorsShown;
    }

    /** Shows the errors of empty required fields, e.g. once the user has left one of them. */
    public void revealFieldErrors() {
        fieldErrorsShown.set(true);
    }

    /** True while every required field is filled: the save button's enabled state. */
    public BooleanBinding valid() {
        if (valid == null) {
            Observable[] others = otherFields();
            Observable[] all = new Observable[others.length + 2];
            all[0] = nameZh;
            all[1] = nameRu;
            System.arraycopy(others, 0, all, 2, others.length);
            valid = Bindings.createBooleanBinding(
                    () -> !isBlank(nameZh.get()) && !isBlank(nameRu.get()) && otherFieldsFilled(), all);
        }
        return valid;
    }

    /** Why the archive refused the last save, in the user's language; empty after a save went through. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The {@link #problems()} one per line, for a label. */
    public StringBinding problemText() {
        return problemText;
    }

    /** The record as stored by the last successful {@link #save()}. */
    public ReadOnlyObjectProperty<T> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /**
     * Stores the record. Returns false, leaving every field as typed, when a required field is empty or the
     * archive refuses (its reasons then are in {@link #problems()}).
     */
    public boolean save() {
        problems.clear();
        fieldErrorsShown.set(true);
        if (!valid().get()) {
            return false;
        }
        try {
            saved.set(store.apply(build()));
            return true;
        } catch (ValidationException e) {
            e.violations().forEach(violation -> problems.add(messages.get(violation.messageKey())));
        } catch (ArchiveException e) {
            problems.add(messages.get(e.reason().messageKey(), e.detail()));
        } catch (org.huiwu.domain.access.AccessDeniedException e) {
            problems.add(org.huiwu.i18n.AccessTexts.denied(messages, e));
        }
        return false;
    }

    protected Bilingual name() {
        return Bilingual.of(nameZh.get(), nameRu.get());
    }

    private StringBinding missingText(StringProperty field, String key) {
        return Bindings.createStringBinding(
                () -> fieldErrorsShown.get() && isBlank(field.get()) ? messages.get(key) : "",
                field, fieldErrorsShown);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
