// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Term;
import org.huiwu.service.parity.TermMatcher;
import org.huiwu.service.parity.TermbaseService;
import org.huiwu.service.parity.TranslationMemory;

/**
 * What the editor offers while one side of a clause is written: the other language's forms of the termbase terms
 * found in it (marked when the other side already has one), and earlier clauses of the archive that are similar,
 * from the translation memory's index (no scan per keystroke). Works in both directions. No toolkit.
 */
public final class WritingAssist {

    /** How many similar clauses are shown. */
    static final int SIMILAR = 3;
    /**
     * Only the end of a long text is looked at (where one writes): a pasted megabyte must not freeze typing, and
     * terms and similar clauses are about the sentence at hand.
     */
    static final int WINDOW = 1_000;

    private final TermbaseService terms;
    private final TranslationMemory memory;

    /** A term found in the text being written, with its forms in the other language. */
    public record TermSuggestion(Term term, String found, List<String> counterparts, boolean presentOnOtherSide) {
    }

    /** The help for one side of one clause; {@link #NONE} when there is nothing to show. */
    public record Help(UUID pair, RecordLanguage language, List<TermSuggestion> terms,
                       List<TranslationMemory.Match> similar) {
        public static final Help NONE = new Help(null, RecordLanguage.ZH, List.of(), List.of());

        public boolean isEmpty() {
            return terms.isEmpty() && similar.isEmpty();
        }
    }

    public WritingAssist(TermbaseService terms, TranslationMemory memory) {
        this.terms = terms;
        this.memory = memory;
    }

    /** The help for the given side of the clause as it reads now. */
    public Help help(AlignedPair pair, RecordLanguage language) {
        String text = tail(pair.side(language).text());
        if (text.isBlank()) {
            return new Help(pair.uuid(), language, List.of(), List.of());
        }
        RecordLanguage other = language.other();
        Set<UUID> onOtherSide = new java.util.HashSet<>();
        terms.termsIn(other, tail(pair.side(other).text())).forEach(term -> onOtherSide.add(term.uuid()));
        List<TermSuggestion> suggestions = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (TermMatcher.Hit hit : terms.hits(language, text)) {
            if (seen.add(hit.term().uuid())) {
                List<String> counterparts = other == RecordLanguage.ZH ? hit.term().zh() : hit.term().ru();
                suggestions.add(new TermSuggestion(hit.term(), hit.form(),
                        counterparts.subList(0, Math.min(2, counterparts.size())),
                        onOtherSide.contains(hit.term().uuid())));
            }
        }
        return new Help(pair.uuid(), language, List.copyOf(suggestions),
                memory.similar(language, text, SIMILAR, pair.uuid()));
    }

    private static String tail(String text) {
        return text.length() <= WINDOW ? text : text.substring(text.length() - WINDOW);
    }

    /** Saved minutes join the memory (called from the saving thread). */
    public void saved(Minutes minutes) {
        memory.indexSaved(minutes);
    }
}
