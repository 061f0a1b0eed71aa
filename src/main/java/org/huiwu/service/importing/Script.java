// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

/**
 * Which of the two record languages a text is written in, judged by its letters: Han characters for Chinese,
 * Cyrillic for Russian. Digits, Latin names and punctuation count for neither.
 */
enum Script {
    HAN, CYRILLIC, NONE;

    /**
     * The script that carries the text. A Han character carries about a word, a Cyrillic letter a fraction of one,
     * so a Chinese sentence with a Russian place name in it is still Chinese, and a Russian sentence quoting 霍尔果斯
     * is still Russian.
     */
    static Script of(String text) {
        int han = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
            i += Character.charCount(codePoint);
        }
        if (han > 0 && han * 3 >= cyrillic) {
            return HAN;
        }
        return cyrillic > 0 ? CYRILLIC : NONE;
    }
}
