// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

/** Normalisation shared by the extractors; every mapping keeps the length so offsets point into the original text. */
final class Texts {

    private Texts() {
    }

    /** Full-width ASCII (１２，：) as ASCII, ё as е, no-break and thin spaces as spaces. */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                chars[i] = ' ';
            } else if (c == 'ё') {
                chars[i] = 'е';
            } else if (c == 'Ё') {
                chars[i] = 'Е';
            }
        }
        return new String(chars);
    }

    /** Russian lower case with ё folded, for word comparison. */
    static String fold(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    /** At most {@code max} characters of a text for a finding, whole when short. */
    static String excerpt(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
