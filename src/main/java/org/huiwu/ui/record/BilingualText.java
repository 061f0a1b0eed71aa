// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.i18n.Messages;

/**
 * A text typed in Chinese and Russian in an editor. One side may stay empty for the other delegation to write
 * (the assistant of one side often writes first), so only both empty is an error; one empty side is a warning.
 * The error shows once the user has started on the text or tried to save, so a new form does not open in red.
 */
public final class BilingualText {

    private final StringProperty zh = new SimpleStringProperty(this, "zh", "");
    private final StringProperty ru = new SimpleStringProperty(this, "ru", "");
    private final BooleanProperty errorShown = new SimpleBooleanProperty(this, "errorShown");
    private final BooleanBinding given;
    private final StringBinding error;
    private final StringBinding warning;

    /**
     * @param missingKey      the error when both sides are empty
     * @param zhMissingKey    the warning when only the Chinese text is empty
     * @param ruMissingKey    the warning when only the Russian text is empty
     */
    public BilingualText(Bilingual initial, Messages messages, String missingKey, String zhMissingKey,
                         String ruMissingKey) {
        zh.set(initial.zh());
        ru.set(initial.ru());
        given = Bindings.createBooleanBinding(() -> !blank(zh.get()) || !blank(ru.get()), zh, ru);
        error = Bindings.createStringBinding(() -> errorShown.get() && !given.get() ? messages.get(missingKey) : "",
                given, errorShown);
        warning = Bindings.createStringBinding(() -> {
            if (blank(zh.get()) == blank(ru.get())) {
                return "";
            }
            return messages.get(blank(zh.get()) ? zhMissingKey : ruMissingKey);
        }, zh, ru);
        zh.addListener((obs, old, now) -> errorShown.set(true));
        ru.addListener((obs, old, now) -> errorShown.set(true));
    }

    public StringProperty zhProperty() {
        return zh;
    }

    public StringProperty ruProperty() {
        return ru;
    }

    /** True while at least one language is written: the text can be saved. */
    public BooleanBinding given() {
        return given;
    }

    /** Why the text cannot be saved, once the user started on it or tried to save; else empty. */
    public StringBinding error() {
        return error;
    }

    /** Which side is still empty, while exactly one is; else empty. Saving is allowed all the same. */
    public StringBinding warning() {
        return warning;
    }

    /** Shows the error of an empty text, e.g. when the user tries to save. */
    public void revealError() {
        errorShown.set(true);
    }

    public Bilingual value() {
        return Bilingual.of(zh.get(), ru.get());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
