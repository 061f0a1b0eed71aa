// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.regex.Pattern;

/**
 * How many entries a list in a text has: parts separated by semicolons (；/;), or items marked inside the text
 * ((一)…(二)…, 1)…2)…, а)…б)…). Enumeration commas are left out: 、 and , separate too many things that are not
 * entries of a list.
 */
public final class ListEntries {

    private static final Pattern ZH_ITEM = Pattern.compile("[(（][一二三四五六七八九十0-9]+[)）]|(?<![0-9])[0-9]+[)）]");
    private static final Pattern RU_ITEM = Pattern.compile("(?<![0-9A-Za-zА-Яа-я])(?:\\(?[0-9]+\\)|\\(?[а-я]\\))");

    private ListEntries() {
    }

    /** Semicolon-separated non-empty parts of a text. */
    public static int semicolonEntries(String text) {
        int count = 0;
        for (String part : Texts.normalize(text).split(";")) {
            if (!part.isBlank()) {
                count++;
            }
        }
        return count;
    }

    public static int chineseItems(String text) {
        return (int) ZH_ITEM.matcher(Texts.normalize(text)).results().count();
    }

    public static int russianItems(String text) {
        return (int) RU_ITEM.matcher(Texts.normalize(text)).results().count();
    }
}
