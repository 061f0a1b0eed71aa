// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Compares the Chinese and the Russian text of one aligned pair, symmetrically, and reports what one says and the
 * other does not: numbers, dates, times, terms, names, and the structure (empty side, numbering, length, list
 * entries). Built once per term source, since the term matchers are compiled in the constructor; {@link #check} is
 * then cheap enough to run on every pause in typing. Thread-safe: a checker keeps no state between calls.
 */
public final class ParityChecker {

    /**
     * The tunable thresholds. The defaults were chosen on the tuning half of the parity test set
     * (ParityQualityTest).
     *
     * @param stemMin shortest Russian word matched by stem rather than exactly
     * @param stemCut how many trailing letters of a term's word an inflection may change
     * @param minRatio lowest acceptable ratio of Russian to Chinese letters
     * @param maxRatio highest acceptable ratio
     * @param minChineseForLength shortest Chinese text (in characters) whose length is compared at all
     */
    public record Tuning(int stemMin, int stemCut, double minRatio, double maxRatio, int minChineseForLength) {
        public static final Tuning DEFAULT = new Tuning(5, 2, 1.5, 6.0, 14);
    }

    private static final int FRAGMENT = 40;

    private final Tuning tuning;
    private final List<Term> terms;
    private final List<Term> names;
    private final TermMatcher termMatcher;
    private final TermMatcher nameMatcher;

    public ParityChecker(TermSource source) {
        this(source, Tuning.DEFAULT);
    }

    public ParityChecker(TermSource source, Tuning tuning) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.terms = List.copyOf(source.terms());
        this.names = List.copyOf(source.names());
        this.termMatcher = new TermMatcher(terms, tuning.stemMin(), tuning.stemCut());
        this.nameMatcher = new TermMatcher(names, tuning.stemMin(), tuning.stemCut());
    }

    /** The findings of one pair, in the order of the checks; empty when the texts agree or both are empty. */
    public List<Finding> check(String zh, String ru) {
        zh = zh == null ? "" : zh;
        ru = ru == null ? "" : ru;
        List<Finding> findings = new ArrayList<>();
        if (zh.isBlank() || ru.isBlank()) {
            if (!zh.isBlank() || !ru.isBlank()) {
                findings.add(new Finding(ParityCheck.EMPTY_SIDE, Texts.excerpt(zh, FRAGMENT), Texts.excerpt(ru, FRAGMENT)));
            }
            return findings;
        }
        boolean[] zhTaken = new boolean[zh.length()];
        boolean[] ruTaken = new boolean[ru.length()];
        numbering(zh, ru, zhTaken, ruTaken, findings);
        compare(ParityCheck.DATES, zh, ru, Dates.chinese(zh, zhTaken), Dates.russian(ru, ruTaken), Dates::compatible,
                findings);
        compare(ParityCheck.TIMES, zh, ru, Times.chinese(zh, zhTaken), Times.russian(ru, ruTaken), Times::compatible,
                findings);
        compare(ParityCheck.NUMBERS, zh, ru, ChineseNumbers.extract(zh, zhTaken), RussianNumbers.extract(ru, ruTaken),
                String::equals, findings);
        terms(ParityCheck.TERMS, termMatcher, zh, ru, findings);
        terms(ParityCheck.NAMES, nameMatcher, zh, ru, findings);
        listEntries(zh, ru, findings);
        length(zh, ru, findings);
        return findings;
    }

    private static void numbering(String zh, String ru, boolean[] zhTaken, boolean[] ruTaken, List<Finding> findings) {
        Optional<Numbering.Marker> zhMarker = Numbering.chinese(zh);
        Optional<Numbering.Marker> ruMarker = Numbering.russian(ru);
        zhMarker.ifPresent(m -> java.util.Arrays.fill(zhTaken, 0, m.end(), true));
        ruMarker.ifPresent(m -> java.util.Arrays.fill(ruTaken, 0, m.end(), true));
        if (zhMarker.isEmpty() && ruMarker.isEmpty()) {
            return;
        }
        if (zhMarker.isEmpty() || ruMarker.isEmpty() || zhMarker.get().value() != ruMarker.get().value()) {
            findings.add(new Finding(ParityCheck.NUMBERING, zhMarker.map(Numbering.Marker::text).orElse(""),
                    ruMarker.map(Numbering.Marker::text).orElse("")));
        }
    }

    /**
     * Mentions of one side that no mention of the other answers. Unanswered ones of both sides are reported in
     * pairs (a changed value shows as 16 against 17), the rest alone; weak ones only beside a strong one.
     */
    private static void compare(ParityCheck check, String zh, String ru, List<Mention> zhMentions,
            List<Mention> ruMentions, BiPredicate<String, String> same, List<Finding> findings) {
        List<Mention> zhLeft = unanswered(zhMentions, ruMentions, same);
        List<Mention> ruLeft = unanswered(ruMentions, zhMentions, same);
        List<Mention> zhStrong = zhLeft.stream().filter(m -> !m.weak()).toList();
        List<Mention> ruStrong = ruLeft.stream().filter(m -> !m.weak()).toList();
        if (zhStrong.isEmpty() && ruStrong.isEmpty()) {
            return;
        }
        List<Mention> zhShown = ordered(zhStrong, zhLeft);
        List<Mention> ruShown = ordered(ruStrong, ruLeft);
        int count = Math.max(zhStrong.size(), ruStrong.size());
        for (int i = 0; i < count; i++) {
            findings.add(new Finding(check, i < zhShown.size() ? zhShown.get(i).fragment(zh) : "",
                    i < ruShown.size() ? ruShown.get(i).fragment(ru) : ""));
        }
    }

    private static List<Mention> ordered(List<Mention> strong, List<Mention> all) {
        List<Mention> result = new ArrayList<>(strong);
        all.stream().filter(Mention::weak).forEach(result::add);
        return result;
    }

    private static List<Mention> unanswered(List<Mention> mine, List<Mention> theirs, BiPredicate<String, String> same) {
        List<Mention> left = new ArrayList<>();
        for (Mention m : mine) {
            if (theirs.stream().noneMatch(o -> same.test(m.key(), o.key()))) {
                left.add(m);
            }
        }
        return left;
    }

    private static void terms(ParityCheck check, TermMatcher matcher, String zh, String ru, List<Finding> findings) {
        List<TermMatcher.Hit> zhHits = matcher.chinese(zh);
        List<TermMatcher.Hit> ruHits = matcher.russian(ru);
        if (zhHits.isEmpty() && ruHits.isEmpty()) {
            return;
        }
        Set<Integer> inZh = matcher.presentInChinese(zh);
        Set<Integer> inRu = matcher.presentInRussian(ru);
        List<TermMatcher.Hit> zhLeft = distinct(zhHits.stream().filter(h -> !inRu.contains(h.term())).toList());
        List<TermMatcher.Hit> ruLeft = distinct(ruHits.stream().filter(h -> !inZh.contains(h.term())).toList());
        for (int i = 0; i < Math.max(zhLeft.size(), ruLeft.size()); i++) {
            findings.add(new Finding(check,
                    i < zhLeft.size() ? zh.substring(zhLeft.get(i).start(), zhLeft.get(i).end()) : "",
                    i < ruLeft.size() ? ru.substring(ruLeft.get(i).start(), ruLeft.get(i).end()) : ""));
        }
    }

    /** The first hit of each term: a term repeated three times is one finding. */
    private static List<TermMatcher.Hit> distinct(List<TermMatcher.Hit> hits) {
        List<TermMatcher.Hit> result = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (TermMatcher.Hit hit : hits) {
            if (seen.add(hit.term())) {
                result.add(hit);
            }
        }
        return result;
    }

    private static void listEntries(String zh, String ru, List<Finding> findings) {
        int zhEntries = ListEntries.semicolonEntries(zh);
        int ruEntries = ListEntries.semicolonEntries(ru);
        int zhItems = ListEntries.chineseItems(zh);
        int ruItems = ListEntries.russianItems(ru);
        // One semicolon against none is punctuation style (Russian "; дата …" for a Chinese comma), not a list.
        boolean entriesDiffer = zhEntries != ruEntries
                && (Math.min(zhEntries, ruEntries) >= 2 || Math.max(zhEntries, ruEntries) >= 3);
        if (entriesDiffer || zhItems != ruItems) {
            findings.add(new Finding(ParityCheck.LIST_ENTRIES, Texts.excerpt(zh, FRAGMENT), Texts.excerpt(ru, FRAGMENT)));
        }
    }

    /**
     * Lengths in letters (ratio outside the tuned range, for texts long enough to tell) and in sentences: a clause
     * whose two texts have a different number of sentences has usually lost or gained one.
     */
    private void length(String zh, String ru, List<Finding> findings) {
        // after the clause marker: the dot of "Статья 1." ends no sentence
        String zhBody = zh.substring(Numbering.chinese(zh).map(Numbering.Marker::end).orElse(0));
        String ruBody = ru.substring(Numbering.russian(ru).map(Numbering.Marker::end).orElse(0));
        if (sentences(ZH_SENTENCE_END, zhBody) != sentences(RU_SENTENCE_END, ruBody)) {
            findings.add(new Finding(ParityCheck.LENGTH, Texts.excerpt(zh, FRAGMENT), Texts.excerpt(ru, FRAGMENT)));
            return;
        }
        int zhLetters = letters(zh);
        int ruLetters = letters(ru);
        if (zhLetters < tuning.minChineseForLength()) {
            return;
        }
        double ratio = (double) ruLetters / zhLetters;
        if (ratio < tuning.minRatio() || ratio > tuning.maxRatio()) {
            findings.add(new Finding(ParityCheck.LENGTH, Texts.excerpt(zh, FRAGMENT), Texts.excerpt(ru, FRAGMENT)));
        }
    }

    /** 。！？ before more text. */
    private static final java.util.regex.Pattern ZH_SENTENCE_END = java.util.regex.Pattern.compile("[。！？!?](?=\\s*\\S)");
    /** . ! ? before a capital, not after a lone letter (initials, г.) */
    private static final java.util.regex.Pattern RU_SENTENCE_END = java.util.regex.Pattern.compile(
            "(?<![\\s(.][\\p{L}])[.!?…][»\"”)]?\\s+(?=[\\p{Lu}«\"„0-9])");

    private static int sentences(java.util.regex.Pattern end, String text) {
        return 1 + (int) end.matcher(text.strip()).results().count();
    }

    /** Letters and digits: punctuation and spaces differ too much between the two writing systems to count. */
    static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
