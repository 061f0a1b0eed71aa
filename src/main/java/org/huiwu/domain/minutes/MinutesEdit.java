// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One undoable step in the editing of minutes. Each step keeps only what it touched (a text splice, one agreement, the
 * few pairs a split, merge, insert or delete replaced), never the whole minutes, so a history of thousands of steps
 * over 2,000 clauses stays small. Undo applies the {@link #inverse()}; the history is strictly last in, first out, so
 * each step always meets the minutes exactly as it left them.
 */
public sealed interface MinutesEdit {

    EditKind kind();

    Minutes apply(Minutes minutes);

    MinutesEdit inverse();

    /** Characters of text this step holds on to: the history's measure of its own size. */
    long retainedChars();

    /**
     * Typing in one language of one pair. The side's provenance and agreement before and after are kept, because typing
     * clears the side's own agreement and undo has to give it back.
     */
    record Typing(UUID pairUuid, RecordLanguage language, TextSplice splice,
                  Provenance provenanceBefore, Agreement agreementBefore,
                  Provenance provenanceAfter, Agreement agreementAfter) implements MinutesEdit {

        public Typing {
            Objects.requireNonNull(pairUuid, "pairUuid");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(splice, "splice");
        }

        @Override
        public EditKind kind() {
            return EditKind.TYPING;
        }

        @Override
        public Minutes apply(Minutes minutes) {
            AlignedPair pair = minutes.pair(pairUuid);
            String text = splice.applyTo(pair.side(language).text());
            return minutes.withPair(pair.withSide(language, new PairSide(text, provenanceAfter, agreementAfter)));
        }

        @Override
        public Typing inverse() {
            return new Typing(pairUuid, language, splice.inverse(), provenanceAfter, agreementAfter,
                    provenanceBefore, agreementBefore);
        }

        @Override
        public long retainedChars() {
            return splice.removed().length() + splice.inserted().length()
                    + counterpartLength(agreementBefore) + counterpartLength(agreementAfter);
        }

        /**
         * This step and the {@code next} keystroke as one undo step, if they belong to one word; empty otherwise.
         *
         * <p>The rule: same pair, same language, same writer, and the next keystroke continues where this one left
         * off — typing on at the end of what was typed, backspacing over it, or deleting on from where the last
         * deletion stopped, one typed run at a time (a paste of several words is a step of its own; typing after
         * deleting starts a new step). A group is a
         * word followed by the whitespace or punctuation that closes it, in the order the user acts: a word
         * character acted on right after a boundary starts the next step. So typing "border guard" gives two steps,
         * "border " and "guard"; in Chinese, which has no spaces, a run of characters up to and including its
         * punctuation mark (，。、；) is one step, however many input-method commits it took.
         */
        public Optional<Typing> followedBy(Typing next) {
            if (!pairUuid.equals(next.pairUuid) || language != next.language
                    || provenanceAfter == null || !provenanceAfter.sameWriterAs(next.provenanceAfter)) {
                return Optional.empty();
            }
            TextSplice a = splice;
            TextSplice b = next.splice;
            TextSplice merged = null;
            if (b.removed().isEmpty() && !b.inserted().isEmpty()) {
                boolean typingOn = !a.inserted().isEmpty() && b.offset() == a.insertedEnd()
                        && Words.isTypedRun(b.inserted())
                        && !Words.startsNewWord(Words.lastCodePoint(a.inserted()), Words.firstCodePoint(b.inserted()));
                if (typingOn) {
                    merged = new TextSplice(a.offset(), a.removed(), a.inserted() + b.inserted());
                }
            } else if (b.inserted().isEmpty() && !b.removed().isEmpty() && Words.isTypedRun(b.removed())) {
                int end = b.offset() + b.removed().length();
                if (!a.inserted().isEmpty()) {
                    if (b.offset() >= a.offset() && end == a.insertedEnd()) { // backspace over what was typed
                        merged = new TextSplice(a.offset(), a.removed(),
                                a.inserted().substring(0, b.offset() - a.offset()));
                    }
                } else if (end == a.offset()) { // backspace on from where the last one stopped
                    if (!Words.startsNewWord(Words.firstCodePoint(a.removed()), Words.lastCodePoint(b.removed()))) {
                        merged = new TextSplice(b.offset(), b.removed() + a.removed(), "");
                    }
                } else if (b.offset() == a.offset()) { // forward delete on
                    if (!Words.startsNewWord(Words.lastCodePoint(a.removed()), Words.firstCodePoint(b.removed()))) {
                        merged = new TextSplice(a.offset(), a.removed() + b.removed(), "");
                    }
                }
            }
            return Optional.ofNullable(merged).map(splice -> new Typing(pairUuid, language, splice,
                    provenanceBefore, agreementBefore, next.provenanceAfter, next.agreementAfter));
        }
    }

    /** One language of one pair agreed (or, undone, its agreement taken back). */
    record AgreementChanged(UUID pairUuid, RecordLanguage language, Agreement before, Agreement after)
            implements MinutesEdit {

        public AgreementChanged {
            Objects.requireNonNull(pairUuid, "pairUuid");
            Objects.requireNonNull(language, "language");
        }

        @Override
        public EditKind kind() {
            return EditKind.AGREEMENT;
        }

        @Override
        public Minutes apply(Minutes minutes) {
            AlignedPair pair = minutes.pair(pairUuid);
            return minutes.withPair(pair.withSide(language, pair.side(language).withAgreement(after)));
        }

        @Override
        public AgreementChanged inverse() {
            return new AgreementChanged(pairUuid, language, after, before);
        }

        @Override
        public long retainedChars() {
            return counterpartLength(before) + counterpartLength(after);
        }
    }

    /** Pairs at one place replaced by others: insert (none → one), delete, split (one → two), merge (two → one). */
    record PairsReplaced(EditKind kind, int index, List<AlignedPair> before, List<AlignedPair> after)
            implements MinutesEdit {

        public PairsReplaced {
            Objects.requireNonNull(kind, "kind");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public Minutes apply(Minutes minutes) {
            return minutes.withPairsReplaced(index, before, after);
        }

        @Override
        public PairsReplaced inverse() {
            return new PairsReplaced(kind, index, after, before);
        }

        @Override
        public long retainedChars() {
            return chars(before) + chars(after);
        }

        private static long chars(List<AlignedPair> pairs) {
            long total = 0;
            for (AlignedPair pair : pairs) {
                for (RecordLanguage language : RecordLanguage.values()) {
                    total += pair.side(language).text().length() + counterpartLength(pair.side(language).agreement());
                }
            }
            return total;
        }
    }

    /** A pair moved from one position to another; the clauses between are renumbered by position alone. */
    record PairMoved(UUID pairUuid, int from, int to) implements MinutesEdit {

        public PairMoved {
            Objects.requireNonNull(pairUuid, "pairUuid");
        }

        @Override
        public EditKind kind() {
            return EditKind.MOVE;
        }

        @Override
        public Minutes apply(Minutes minutes) {
            return minutes.withPairMoved(pairUuid, from, to);
        }

        @Override
        public PairMoved inverse() {
            return new PairMoved(pairUuid, to, from);
        }

        @Override
        public long retainedChars() {
            return 0;
        }
    }

    private static long counterpartLength(Agreement agreement) {
        return agreement == null ? 0 : agreement.counterpartText().length();
    }
}
