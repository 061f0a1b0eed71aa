// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

/**
 * Where words end, for the diff of Russian texts and for grouping typing into undo steps. A word character is a
 * letter, a digit or a combining mark (an accent typed as its own code point stays in its word); everything else,
 * whitespace and punctuation, is a boundary. Chinese characters are letters, so in Chinese a "word" is a run of
 * characters between punctuation marks.
 */
final class Words {

    private Words() {
    }

    static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Text as one keystroke or one input-method commit produces it: a word, then the boundaries that close it. */
    static boolean isTypedRun(String text) {
        boolean boundarySeen = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (boundarySeen) {
                    return false;
                }
            } else {
                boundarySeen = true;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A word character acted on right after a boundary starts a new word, hence a new undo step. */
    static boolean startsNewWord(int previousActedOn, int nowActedOn) {
        return previousActedOn >= 0 && !isWordChar(previousActedOn) && isWordChar(nowActedOn);
    }

    static int firstCodePoint(String text) {
        return text.isEmpty() ? -1 : text.codePointAt(0);
    }

    static int lastCodePoint(String text) {
        return text.isEmpty() ? -1 : text.codePointBefore(text.length());
    }
}
