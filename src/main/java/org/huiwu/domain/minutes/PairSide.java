// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.Objects;

/**
 * One language of an aligned pair: its text, who last wrote it (none while it is empty and new), and the owning
 * side's agreement (none while it is a draft). Whether it is agreed or stale depends on the other language's text,
 * so the state is derived, never stored.
 */
public record PairSide(String text, Provenance provenance, Agreement agreement) {

    public static final PairSide EMPTY = new PairSide("", null, null);

    public PairSide {
        Objects.requireNonNull(text, "text");
        if (agreement != null && text.isBlank()) {
            throw new IllegalArgumentException("an empty text cannot be agreed");
        }
    }

    public TextState state(PairSide other) {
        if (agreement == null) {
            return TextState.DRAFT;
        }
        return agreement.counterpartText().equals(other.text) ? TextState.AGREED : TextState.STALE;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text rewritten; a side that changes its own text is back to draft. An unchanged text is no edit. */
    public PairSide withText(String newText, Provenance by) {
        Objects.requireNonNull(by, "by");
        return newText.equals(text) ? this : new PairSide(newText, by, null);
    }

    PairSide withAgreement(Agreement newAgreement) {
        return new PairSide(text, provenance, newAgreement);
    }

    /**
     * This side after a split or merge gave it {@code newText}: unchanged text keeps its agreement, changed text is
     * a draft again, still credited to whoever wrote the words.
     */
    PairSide reshapedTo(String newText, Provenance wordsBy) {
        if (newText.equals(text)) {
            return this;
        }
        return new PairSide(newText, newText.isEmpty() ? null : wordsBy, null);
    }
}
