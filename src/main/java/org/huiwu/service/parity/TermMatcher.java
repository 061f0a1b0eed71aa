// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Term;

/**
 * Finds termbase entries in a text, so that the editor can offer the other language's forms. Built once from the
 * terms: forms are indexed by their first character (Chinese) or first word (Russian), so a lookup walks the text
 * once instead of searching it for every form. Where forms overlap, the longest wins (工作会晤 hides 会晤).
 * Russian is compared ignoring case and ё/е, and only at word boundaries ("границе" does not match inside
 * "пограничный").
 */
public final class TermMatcher {

    /** A form of a term found at [start, end) of the text. */
    public record Hit(Term term, String form, int start, int end) {
    }

    private record Form(Term term, String original, String normalized) {
    }

    private final Map<String, List<Form>> zh = new HashMap<>();
    private final Map<String, List<Form>> ru = new HashMap<>();

    public TermMatcher(List<Term> terms) {
        for (Term term : terms) {
            for (String form : term.zh()) {
                if (!form.isEmpty()) {
                    zh.computeIfAbsent(form.substring(0, 1), key -> new ArrayList<>())
                            .add(new Form(term, form, form));
                }
            }
            for (String form : term.ru()) {
                String normalized = normalize(form);
                String first = firstWord(normalized, 0);
                if (!first.isEmpty()) {
                    ru.computeIfAbsent(first, key -> new ArrayList<>()).add(new Form(term, form, normalized));
                }
            }
        }
        Comparator<Form> longestFirst = Comparator.comparingInt((Form f) -> f.normalized().length()).reversed();
        zh.values().forEach(forms -> forms.sort(longestFirst));
        ru.values().forEach(forms -> forms.sort(longestFirst));
    }

    /** Every non-overlapping occurrence of a form in the text, in text order. */
    public List<Hit> hits(RecordLanguage language, String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return hits;
        }
        if (language == RecordLanguage.ZH) {
            int i = 0;
            while (i < text.length()) {
                Hit hit = longestAt(zh.get(text.substring(i, i + 1)), text, i, false);
                if (hit != null) {
                    hits.add(hit);
                    i = hit.end();
                } else {
                    i++;
                }
            }
        } else {
            // Same length as the text: lower-casing and ё→е keep every position.
            String normalized = normalize(text);
            int i = 0;
            while (i < normalized.length()) {
                if (!isWordChar(normalized.charAt(i)) || i > 0 && isWordChar(normalized.charAt(i - 1))) {
                    i++;
                    continue;
                }
                Hit hit = longestAt(ru.get(firstWord(normalized, i)), normalized, i, true);
                if (hit != null) {
                    hits.add(hit);
                    i = hit.end();
                } else {
                    i++;
                }
            }
        }
        return hits;
    }

    /** The terms found in the text, each once, in the order they first occur. */
    public List<Term> termsIn(RecordLanguage language, String text) {
        Map<java.util.UUID, Term> found = new LinkedHashMap<>();
        for (Hit hit : hits(language, text)) {
            found.putIfAbsent(hit.term().uuid(), hit.term());
        }
        return List.copyOf(found.values());
    }

    private static Hit longestAt(List<Form> candidates, String text, int at, boolean wordBoundary) {
        if (candidates == null) {
            return null;
        }
        for (Form form : candidates) {
            int end = at + form.normalized().length();
            if (text.startsWith(form.normalized(), at)
                    && (!wordBoundary || end >= text.length() || !isWordChar(text.charAt(end)))) {
                return new Hit(form.term(), form.original(), at, end);
            }
        }
        return null;
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
