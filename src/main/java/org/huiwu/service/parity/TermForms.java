// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Forms of one language as people type them and files carry them: separated by ';' (or the full-width '；' a
 * Chinese input method types), the preferred form first. Line breaks also separate: the store joins forms by them.
 */
public final class TermForms {

    public static final String SEPARATOR = ";";

    private TermForms() {
    }

    /** The forms in order, stripped, inner whitespace collapsed, empty ones and repeats dropped. */
    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String form : text.split("[;；\\r\\n]")) {
            String clean = form.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                forms.add(clean);
            }
        }
        return List.copyOf(forms);
    }

    /** The forms as one field, as {@link #parse} reads them back. */
    public static String join(List<String> forms) {
        return String.join(SEPARATOR + " ", forms);
    }

    /** The same forms cleaned as {@link #parse} would (a form that holds a separator is split). */
    public static List<String> clean(List<String> forms) {
        return parse(String.join(SEPARATOR, forms));
    }
}
