// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.domain.minutes.AlignedPair;

/**
 * One clause as the editor's list holds it. The row stays the same object for as long as the clause exists, so
 * the cell showing it (and the caret in it) survives typing, undo and edits of other clauses; only its pair and
 * number change.
 */
public final class PairRow {

    private final UUID uuid;
    private final ObjectProperty<AlignedPair> pair;
    private final IntegerProperty number = new SimpleIntegerProperty();

    PairRow(AlignedPair pair, int number) {
        this.uuid = pair.uuid();
        this.pair = new SimpleObjectProperty<>(pair);
        this.number.set(number);
    }

    public UUID uuid() {
        return uuid;
    }

    public AlignedPair pair() {
        return pair.get();
    }

    public ReadOnlyObjectProperty<AlignedPair> pairProperty() {
        return pair;
    }

    public int number() {
        return number.get();
    }

    public ReadOnlyIntegerProperty numberProperty() {
        return number;
    }

    void update(AlignedPair newPair, int newNumber) {
        if (pair.get() != newPair) {
            pair.set(newPair);
        }
        number.set(newNumber);
    }
}
