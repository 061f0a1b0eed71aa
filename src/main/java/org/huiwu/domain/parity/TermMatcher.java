// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the forms of a list of terms in texts, built once per checker: Chinese forms indexed by their first
 * character, Russian forms by the first letters of their first word. Russian words match case-insensitively on word
 * boundaries, exactly or by a light stem: two words of at least {@code stemMin} letters match when they share the
 * form word's first {@code max(stemMin, length - stemCut)} letters (границы, границе → граница).
 */
final class TermMatcher {

    /** A term found at {@code start..end}. */
    record Hit(int term, int start, int end) {
    }

    private record ZhForm(int term, String text) {
    }

    private record RuForm(int term, String[] words, int letters) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<Character, List<ZhForm>> zh = new HashMap<>();
    private final Map<String, List<RuForm>> ru = new HashMap<>();
    private final int stemMin;
    private final int stemCut;

    TermMatcher(List<Term> terms, int stemMin, int stemCut) {
        this.stemMin = stemMin;
        this.stemCut = stemCut;
        for (int t = 0; t < terms.size(); t++) {
            for (String form : terms.get(t).zh()) {
                String normal = Texts.normalize(form.strip());
                if (!normal.isEmpty()) {
                    zh.computeIfAbsent(normal.charAt(0), c -> new ArrayList<>()).add(new ZhForm(t, normal));
                }
            }
            for (String form : terms.get(t).ru()) {
                List<String> words = WORD.matcher(Texts.fold(Texts.normalize(form))).results()
                        .map(r -> r.group()).toList();
                if (!words.isEmpty()) {
                    ru.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>())
                            .add(new RuForm(t, words.toArray(String[]::new), words.stream().mapToInt(String::length).sum()));
                }
            }
        }
        // Longest form first, so that 国界地区 wins over 国界 and "заместитель пограничного представителя" over its tail.
        zh.values().forEach(list -> list.sort(Comparator.comparingInt((ZhForm f) -> -f.text().length())));
        ru.values().forEach(list -> list.sort(Comparator.comparingInt((RuForm f) -> -f.words().length)
                .thenComparingInt(f -> -f.letters())));
    }

    private static String key(String word) {
        return word.substring(0, Math.min(3, word.length()));
    }

    /** Longest non-overlapping matches, left to right. */
    List<Hit> chinese(String text) {
        String normal = Texts.normalize(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < normal.length(); ) {
            ZhForm match = longestAt(normal, i);
            if (match == null) {
                i++;
            } else {
                hits.add(new Hit(match.term(), i, i + match.text().length()));
                i += match.text().length();
            }
        }
        return hits;
    }

    /** Every term with a form anywhere in the text, overlaps included. */
    Set<Integer> presentInChinese(String text) {
        String normal = Texts.normalize(text);
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < normal.length(); i++) {
            for (ZhForm form : zh.getOrDefault(normal.charAt(i), List.of())) {
                if (normal.startsWith(form.text(), i)) {
                    present.add(form.term());
                }
            }
        }
        return present;
    }

    private ZhForm longestAt(String text, int i) {
        for (ZhForm form : zh.getOrDefault(text.charAt(i), List.of())) {
            if (text.startsWith(form.text(), i)) {
                return form;
            }
        }
        return null;
    }

    List<Hit> russian(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = words(text, spans);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            RuForm match = null;
            for (RuForm form : ru.getOrDefault(key(words.get(i)), List.of())) {
                if (matchesAt(form, words, i)) {
                    match = form;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                int last = i + match.words().length - 1;
                hits.add(new Hit(match.term(), spans.get(i)[0], spans.get(last)[1]));
                i = last + 1;
            }
        }
        return hits;
    }

    Set<Integer> presentInRussian(String text) {
        List<String> words = words(text, new ArrayList<>());
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (RuForm form : ru.getOrDefault(key(words.get(i)), List.of())) {
                if (matchesAt(form, words, i)) {
                    present.add(form.term());
                }
            }
        }
        return present;
    }

    private static List<String> words(String text, List<int[]> spans) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Texts.normalize(text));
        while (m.find()) {
            words.add(Texts.fold(m.group()));
            spans.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private boolean matchesAt(RuForm form, List<String> words, int at) {
        if (at + form.words().length > words.size()) {
            return false;
        }
        for (int k = 0; k < form.words().length; k++) {
            if (!wordMatches(form.words()[k], words.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    boolean wordMatches(String formWord, String word) {
        if (formWord.equals(word)) {
            return true;
        }
        if (formWord.length() < stemMin || word.length() < stemMin) {
            return false;
        }
        int stem = Math.max(stemMin, formWord.length() - stemCut);
        return word.length() >= stem && formWord.regionMatches(0, word, 0, stem);
    }
}
