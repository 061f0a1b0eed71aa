// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One clause of the minutes: a Chinese and a Russian text, equally authentic, each agreed by its own side. The UUID
 * stays the same across versions of the minutes and across the two sides' archives, so clauses can be compared
 * and merged pair by pair.
 */
public record AlignedPair(UUID uuid, PairSide zh, PairSide ru) {

    public AlignedPair {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(ru, "ru");
    }

    /** A new, empty clause. */
    public static AlignedPair empty() {
        return new AlignedPair(UUID.randomUUID(), PairSide.EMPTY, PairSide.EMPTY);
    }

    public PairSide side(RecordLanguage language) {
        return language == RecordLanguage.ZH ? zh : ru;
    }

    public TextState state(RecordLanguage language) {
        return side(language).state(side(language.other()));
    }

    /** Both sides agreed and neither stale: this clause reads as both delegations confirmed it. */
    public boolean isAgreedByBoth() {
        return state(RecordLanguage.ZH) == TextState.AGREED && state(RecordLanguage.RU) == TextState.AGREED;
    }

    public AlignedPair withText(RecordLanguage language, String text, Provenance by) {
        return withSide(language, side(language).withText(text, by));
    }

    /**
     * A member of the owning side confirms this language's text against the other language as it reads now. Agreeing
     * an already agreed (not stale) side changes nothing: the first confirmation stands.
     */
    public AlignedPair agree(RecordLanguage language, long personId, Instant at) {
        PairSide side = side(language);
        if (side.text().isBlank()) {
            throw new MinutesException(MinutesException.Reason.EMPTY_TEXT, uuid.toString());
        }
        if (state(language) == TextState.AGREED) {
            return this;
        }
        return withSide(language, side.withAgreement(new Agreement(personId, at, side(language.other()).text())));
    }

    /**
     * What changed in the other language since this side was agreed: the diff from the text it was agreed against to
     * the text now, by character for Chinese and by word for Russian. Shown beside a stale side.
     */
    public TextDiff changesSinceAgreement(RecordLanguage staleSide) {
        Agreement agreement = side(staleSide).agreement();
        if (agreement == null) {
            throw new MinutesException(MinutesException.Reason.NO_AGREEMENT, uuid.toString());
        }
        RecordLanguage changed = staleSide.other();
        return TextDiff.between(changed, agreement.counterpartText(), side(changed).text());
    }

    AlignedPair withSide(RecordLanguage language, PairSide side) {
        if (side == side(language)) {
            return this;
        }
        return language == RecordLanguage.ZH ? new AlignedPair(uuid, side, ru) : new AlignedPair(uuid, zh, side);
    }

    /** The same texts, uuids and provenance with no agreement: a new version must be confirmed afresh. */
    AlignedPair withoutAgreements() {
        return new AlignedPair(uuid, new PairSide(zh.text(), zh.provenance(), null),
                new PairSide(ru.text(), ru.provenance(), null));
    }

    /**
     * Splits both languages at the given offsets into this clause (same UUID) and a new one after it. Whitespace at
     * the cut is dropped, as a user splitting after "1. … ." expects; a side whose text is unchanged keeps its
     * agreement, a changed one is a draft again.
     */
    List<AlignedPair> splitAt(int zhOffset, int ruOffset) {
        String[] zhParts = cut(zh.text(), zhOffset);
        String[] ruParts = cut(ru.text(), ruOffset);
        AlignedPair first = new AlignedPair(uuid, zh.reshapedTo(zhParts[0], zh.provenance()),
                ru.reshapedTo(ruParts[0], ru.provenance()));
        AlignedPair second = new AlignedPair(UUID.randomUUID(), zh.reshapedTo(zhParts[1], zh.provenance()),
                ru.reshapedTo(ruParts[1], ru.provenance()));
        return List.of(first, second);
    }

    /**
     * This clause followed by {@code next} as one clause with this UUID. Russian texts are joined with a space,
     * Chinese ones directly, as each language writes consecutive sentences.
     */
    AlignedPair mergedWith(AlignedPair next) {
        return new AlignedPair(uuid, mergedSide(RecordLanguage.ZH, next), mergedSide(RecordLanguage.RU, next));
    }

    private PairSide mergedSide(RecordLanguage language, AlignedPair next) {
        PairSide first = side(language);
        PairSide second = next.side(language);
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        String a = first.text();
        String b = second.text();
        boolean needsSpace = language == RecordLanguage.RU
                && !Character.isWhitespace(Words.lastCodePoint(a)) && !Character.isWhitespace(Words.firstCodePoint(b));
        return first.reshapedTo(a + (needsSpace ? " " : "") + b,
                Provenance.latest(first.provenance(), second.provenance()));
    }

    private static String[] cut(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            throw new IllegalArgumentException("offset " + offset + " cuts a character in two");
        }
        return new String[] {text.substring(0, offset).stripTrailing(), text.substring(offset).stripLeading()};
    }
}
