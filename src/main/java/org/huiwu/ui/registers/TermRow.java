// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.Locale;

import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.i18n.Messages;
import org.huiwu.service.parity.TermForms;

/** A termbase entry as the table shows it: the forms of each language joined by ';', the origin in words. */
public record TermRow(TermbaseEntry entry, String zh, String ru, String note, String origin) {

    static TermRow of(TermbaseEntry entry, Messages messages) {
        return new TermRow(entry, TermForms.join(entry.term().zh()), TermForms.join(entry.term().ru()),
                entry.term().note(), messages.get(originKey(entry.origin())));
    }

    /** Spelt out so that the bundle check sees every key. */
    private static String originKey(org.huiwu.domain.parity.TermOrigin origin) {
        return switch (origin) {
            case GLOSSARY -> "terms.origin.GLOSSARY";
            case ART2 -> "terms.origin.ART2";
            case ART4 -> "terms.origin.ART4";
            case USER -> "terms.origin.USER";
            case IMPORT -> "terms.origin.IMPORT";
        };
    }

    /** Whether every word occurs, ignoring case (and ё/е), in the forms, the note or the origin. */
    boolean matches(List<String> words) {
        String all = (zh + "\n" + ru + "\n" + note + "\n" + origin).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return words.stream().allMatch(word -> all.contains(word.replace('ё', 'е')));
    }
}
