// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

import org.huiwu.domain.parity.Finding;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.i18n.Messages;

/**
 * The parity findings of an editor form's bilingual fields (an agenda item's title and note, a decision's text) as
 * one line that follows the fields as they are typed: empty when the Chinese and the Russian say the same.
 */
final class ParityNote {

    /** More findings than this are counted, not listed. */
    private static final int LISTED = 4;

    private ParityNote() {
    }

    /**
     * @param checker the checks, or null for none (the line stays empty)
     * @param pairs   the fields as aligned pairs: Chinese, Russian, Chinese, Russian, ...
     */
    static StringBinding of(ParityChecker checker, Messages messages, ObservableStringValue... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in pairs: Chinese, Russian");
        }
        return Bindings.createStringBinding(() -> {
            if (checker == null) {
                return "";
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                findings.addAll(checker.check(text(pairs[i]), text(pairs[i + 1])));
            }
            return findings.isEmpty() ? "" : messages.get("parity.note", describe(findings, messages));
        }, (Observable[]) pairs);
    }

    private static String text(ObservableStringValue value) {
        return value.get() == null ? "" : value.get();
    }

    private static String describe(List<Finding> findings, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(LISTED, findings.size()))) {
            parts.add(messages.of(finding.check()) + " (" + messages.get("parity.finding.fragments",
                    messages.get("minutes.language.zh"), fragment(finding.zh(), messages),
                    messages.get("minutes.language.ru"), fragment(finding.ru(), messages)) + ")");
        }
        if (findings.size() > LISTED) {
            parts.add(messages.get("parity.more", findings.size() - LISTED));
        }
        return String.join("; ", parts);
    }

    private static String fragment(String text, Messages messages) {
        return text.isBlank() ? messages.get("parity.finding.missing") : "«" + text + "»";
    }
}
