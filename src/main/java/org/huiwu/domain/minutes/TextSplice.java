// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.Objects;

/**
 * One change of a text: at {@code offset}, {@code removed} was replaced by {@code inserted}. The undo history keeps
 * splices rather than whole texts, so typing in a 1 MB clause costs the history a few characters per keystroke.
 * It has the shape of an editor's text change (position, removed, inserted), so a UI can pass that on directly.
 */
public record TextSplice(int offset, String removed, String inserted) {

    public TextSplice {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(inserted, "inserted");
    }

    /** The smallest splice that turns {@code before} into {@code after}; never cuts a surrogate pair in two. */
    public static TextSplice between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return new TextSplice(prefix, before.substring(prefix, before.length() - suffix),
                after.substring(prefix, after.length() - suffix));
    }

    /**
     * The text with this change made. The removed part must be where the splice says: if it is not, the history
     * and the text have gone out of step, which is a bug, not something to paper over.
     */
    public String applyTo(String text) {
        if (offset + removed.length() > text.length() || !text.startsWith(removed, offset)) {
            throw new IllegalStateException("text does not hold the removed part at " + offset);
        }
        return text.substring(0, offset) + inserted + text.substring(offset + removed.length());
    }

    public TextSplice inverse() {
        return new TextSplice(offset, inserted, removed);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && inserted.isEmpty();
    }

    /** Where the caret stands after typing this splice. */
    public int insertedEnd() {
        return offset + inserted.length();
    }
}
