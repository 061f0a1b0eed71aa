// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.i18n.Messages;

/**
 * What the person and place editors add to {@link RecordEditorViewModel}: a name required in both Chinese and
 * Russian, with an error under each name field while it is empty.
 */
abstract class NamedRecordEditorViewModel<T> extends RecordEditorViewModel<T> {

    private final StringProperty nameZh = new SimpleStringProperty(this, "nameZh", "");
    private final StringProperty nameRu = new SimpleStringProperty(this, "nameRu", "");
    private final StringBinding nameZhError;
    private final StringBinding nameRuError;

    /**
     * @param keyPrefix "person" or "place": whose wording the name errors take (a person's name, a place's name)
     */
    protected NamedRecordEditorViewModel(String keyPrefix, Bilingual name, boolean editing, Function<T, T> store,
            Messages messages) {
        super(editing, store, () -> { }, messages);
        nameZh.set(name.zh());
        nameRu.set(name.ru());
        nameZh.addListener((obs, old, now) -> revealFieldErrors());
        nameRu.addListener((obs, old, now) -> revealFieldErrors());
        nameZhError = missingText(nameZh, keyPrefix + ".validation.nameZhMissing");
        nameRuError = missingText(nameRu, keyPrefix + ".validation.nameRuMissing");
    }

    /** Whether the fields besides the names (side, kind…) are filled; a constraint of {@link #valid()}. */
    protected abstract boolean otherFieldsFilled();

    /** The properties {@link #otherFieldsFilled()} reads. */
    protected abstract Observable[] otherFields();

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

    @Override
    protected final boolean complete() {
        return !isBlank(nameZh.get()) && !isBlank(nameRu.get()) && otherFieldsFilled();
    }

    @Override
    protected final Observable[] completeness() {
        Observable[] others = otherFields();
        Observable[] all = new Observable[others.length + 2];
        all[0] = nameZh;
        all[1] = nameRu;
        System.arraycopy(others, 0, all, 2, others.length);
        return all;
    }

    protected Bilingual name() {
        return Bilingual.of(nameZh.get(), nameRu.get());
    }

    private StringBinding missingText(StringProperty field, String key) {
        return Bindings.createStringBinding(
                () -> fieldErrorsShownProperty().get() && isBlank(field.get()) ? messages.get(key) : "",
                field, fieldErrorsShownProperty());
    }
}
