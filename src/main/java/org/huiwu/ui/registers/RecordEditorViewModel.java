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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;

/**
 * What the register editors share: a save button enabled while the form is complete, and a save that keeps the
 * form as typed when the form is incomplete or the archive refuses it, with the reasons in the user's language.
 *
 * <p>Field errors stay hidden on a fresh form until the user starts on a required field (or leaves one), so a new
 * dialog does not open in red; the save button is disabled all the same.
 */
abstract class RecordEditorViewModel<T> {

    private final BooleanProperty fieldErrorsShown = new SimpleBooleanProperty(this, "fieldErrorsShown");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringBinding problemText;
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final Function<T, T> store;
    private final Runnable afterSave;
    private final boolean editing;
    protected final Messages messages;
    private BooleanBinding valid;

    /** @param afterSave runs once a save went through, e.g. to reload the register's table */
    protected RecordEditorViewModel(boolean editing, Function<T, T> store, Runnable afterSave, Messages messages) {
        this.store = store;
        this.afterSave = afterSave;
        this.editing = editing;
        this.messages = messages;
        fieldErrorsShown.set(editing);
        problemText = Bindings.createStringBinding(() -> String.join("\n", problems), problems);
    }

    /** The record as the form now describes it. */
    protected abstract T build();

    /** Whether the form may be saved: every required field filled; what {@link #valid()} binds to. */
    protected abstract boolean complete();

    /** The properties {@link #complete()} reads. */
    protected abstract Observable[] completeness();

    /** What a save of an incomplete form says; empty where each field shows its own error instead. */
    protected String incompleteProblem() {
        return "";
    }

    public boolean isEditing() {
        return editing;
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
            valid = Bindings.createBooleanBinding(this::complete, completeness());
        }
        return valid;
    }

    /** Why the last save failed, in the user's language; empty after a save went through. */
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
            String incomplete = incompleteProblem();
            if (!incomplete.isEmpty()) {
                problems.add(incomplete);
            }
            return false;
        }
        try {
            saved.set(store.apply(build()));
        } catch (ValidationException e) {
            e.violations().forEach(violation -> problems.add(messages.get(violation.messageKey())));
            return false;
        } catch (ArchiveException e) {
            problems.add(messages.get(e.reason().messageKey(), e.detail()));
            return false;
        } catch (org.huiwu.domain.access.AccessDeniedException e) {
            problems.add(org.huiwu.i18n.AccessTexts.denied(messages, e));
            return false;
        }
        afterSave.run();
        return true;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
