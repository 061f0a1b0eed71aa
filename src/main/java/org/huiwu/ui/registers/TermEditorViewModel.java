// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.parity.TermForms;

/**
 * The form of the term dialog: the Chinese and the Russian forms as ';'-separated fields (the preferred form
 * first, at least one each) and a note.
 */
public final class TermEditorViewModel {

    private final Messages messages;
    private final UUID uuid;
    private final boolean editing;
    private final Function<Term, TermbaseEntry> store;
    private final StringProperty zh = new SimpleStringProperty(this, "zh", "");
    private final StringProperty ru = new SimpleStringProperty(this, "ru", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringBinding zhError;
    private final StringBinding ruError;
    private final BooleanBinding valid;

    private TermEditorViewModel(Term term, Function<Term, TermbaseEntry> store, Messages messages) {
        this.messages = messages;
        this.store = store;
        this.editing = term != null;
        this.uuid = term == null ? UUID.randomUUID() : term.uuid();
        if (term != null) {
            zh.set(TermForms.join(term.zh()));
            ru.set(TermForms.join(term.ru()));
            note.set(term.note());
        }
        zhError = Bindings.createStringBinding(() -> TermForms.parse(zh.get()).isEmpty()
                ? messages.get("terms.validation.zhRequired") : "", zh);
        ruError = Bindings.createStringBinding(() -> TermForms.parse(ru.get()).isEmpty()
                ? messages.get("terms.validation.ruRequired") : "", ru);
        valid = Bindings.createBooleanBinding(() -> zhError.get().isEmpty() && ruError.get().isEmpty(),
                zhError, ruError);
    }

    static TermEditorViewModel forNew(Function<Term, TermbaseEntry> store, Messages messages) {
        return new TermEditorViewModel(null, store, messages);
    }

    static TermEditorViewModel forEdit(Term term, Function<Term, TermbaseEntry> store, Messages messages) {
        return new TermEditorViewModel(term, store, messages);
    }

    public String title() {
        return messages.get(editing ? "terms.dialog.editTitle" : "terms.dialog.addTitle");
    }

    public StringProperty zhProperty() {
        return zh;
    }

    public StringProperty ruProperty() {
        return ru;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Empty when the Chinese field holds a form, else what is missing. */
    public StringBinding zhError() {
        return zhError;
    }

    public StringBinding ruError() {
        return ruError;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** Why the last save failed, in the user's language. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Stores the term; false (with the problem set and the form kept) when it was refused or failed. */
    public boolean save() {
        if (!valid.get()) {
            problem.set(String.join(" ", List.of(zhError.get(), ruError.get())).strip());
            return false;
        }
        try {
            store.apply(new Term(uuid, TermForms.parse(zh.get()), TermForms.parse(ru.get()), note.get()));
            problem.set("");
            return true;
        } catch (ValidationException e) {
            problem.set(e.violations().stream().map(v -> messages.get(v.messageKey()))
                    .collect(java.util.stream.Collectors.joining(" ")));
        } catch (ArchiveException e) {
            problem.set(messages.get("terms.error.saveFailed"));
        } catch (org.huiwu.domain.access.AccessDeniedException e) {
            problem.set(org.huiwu.i18n.AccessTexts.denied(messages, e));
        }
        return false;
    }
}
