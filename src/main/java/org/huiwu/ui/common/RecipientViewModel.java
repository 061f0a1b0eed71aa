// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.domain.confidentiality.RecipientKind;

/**
 * The answer to "for whom is this export or print?" asked before each one (Art. 4): the other side, our own side
 * internally, or a named third party. Nothing is preselected: the user says it every time.
 */
public final class RecipientViewModel {

    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>();
    private final StringProperty thirdParty = new SimpleStringProperty("");
    private final BooleanBinding complete = Bindings.createBooleanBinding(
            () -> kind.get() != null && (kind.get() != RecipientKind.THIRD_PARTY || !thirdParty.get().isBlank()),
            kind, thirdParty);

    public ObjectProperty<RecipientKind> kindProperty() {
        return kind;
    }

    public StringProperty thirdPartyProperty() {
        return thirdParty;
    }

    /** Whether the answer is whole: a kind chosen, and a name for a third party. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    /** The recipient chosen, empty while the answer is not whole. */
    public Optional<Recipient> recipient() {
        if (!complete.get()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(kind.get(), thirdParty.get()));
    }
}
