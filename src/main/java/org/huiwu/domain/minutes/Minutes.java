// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One version of the minutes of a meeting: numbered clauses, each an aligned pair. A clause's number is its position
 * (1..n), so moving a clause renumbers the others and nothing has to be kept in step.
 *
 * <p>The state of non-final minutes follows from the pairs: {@link MinutesState#AGREED} as soon as every pair is
 * agreed by both sides, back to {@link MinutesState#DRAFT} as soon as one is not. Only {@link MinutesState#FINAL} is
 * a decision, and final minutes refuse every edit; {@link #reopened()} starts the next version instead. The
 * constructor therefore replaces a given DRAFT or AGREED by what the pairs say, and refuses FINAL for pairs that are
 * not all agreed by both.
 *
 * <p>Edits go through {@link MinutesDocument}, which keeps the undo history; an edit returns new minutes that share
 * every unchanged pair with the old, so a store can save only the pairs that are not the same objects.
 */
public record Minutes(UUID uuid, long meetingId, int version, MinutesState state, List<AlignedPair> pairs) {

    public Minutes {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("version < 1: " + version);
        }
        pairs = List.copyOf(pairs);
        Set<UUID> seen = new HashSet<>();
        for (AlignedPair pair : pairs) {
            if (!seen.add(pair.uuid())) {
                throw new IllegalArgumentException("pair " + pair.uuid() + " occurs twice");
            }
        }
        MinutesState fromPairs = stateOf(pairs);
        if (state == MinutesState.FINAL && fromPairs != MinutesState.AGREED) {
            throw new IllegalArgumentException("final minutes must have every pair agreed by both sides");
        }
        if (state != MinutesState.FINAL) {
            state = fromPairs;
        }
    }

    /** The first version of a meeting's minutes, with no clause yet. */
    public static Minutes draft(long meetingId) {
        return new Minutes(UUID.randomUUID(), meetingId, 1, MinutesState.DRAFT, List.of());
    }

    /** What the pairs say, whether or not the minutes are final: agreed when there are pairs and all agreed by both. */
    public MinutesState computedState() {
        return stateOf(pairs);
    }

    public boolean isFinal() {
        return state == MinutesState.FINAL;
    }

    public AlignedPair pair(UUID pairUuid) {
        return pairs.get(indexOf(pairUuid));
    }

    public int indexOf(UUID pairUuid) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).uuid().equals(pairUuid)) {
                return i;
            }
        }
        throw new MinutesException(MinutesException.Reason.PAIR_NOT_FOUND, String.valueOf(pairUuid));
    }

    /** The number printed before the clause. */
    public int clauseNumber(UUID pairUuid) {
        return indexOf(pairUuid) + 1;
    }

    /** Locks agreed minutes; only these may be printed as originals and signed. */
    public Minutes finalized() {
        requireEditable();
        if (state != MinutesState.AGREED) {
            throw new MinutesException(MinutesException.Reason.NOT_AGREED);
        }
        return new Minutes(uuid, meetingId, version, MinutesState.FINAL, pairs);
    }

    /**
     * The next version, to change final minutes: a new UUID, version + 1, the same clauses (same pair UUIDs, texts
     * and provenance, so the two versions compare pair by pair) but no agreement. Agreements were given to the old
     * version; carried over, the new one could be made final without either side confirming it.
     */
    public Minutes reopened() {
        if (!isFinal()) {
            throw new MinutesException(MinutesException.Reason.NOT_FINAL);
        }
        return new Minutes(UUID.randomUUID(), meetingId, version + 1, MinutesState.DRAFT,
                pairs.stream().map(AlignedPair::withoutAgreements).toList());
    }

    void requireEditable() {
        if (isFinal()) {
            throw new MinutesException(MinutesException.Reason.FINAL, uuid.toString());
        }
    }

    /** The pair with the same UUID replaced. */
    Minutes withPair(AlignedPair changed) {
        requireEditable();
        int index = indexOf(changed.uuid());
        if (pairs.get(index) == changed) {
            return this;
        }
        List<AlignedPair> next = new ArrayList<>(pairs);
        next.set(index, changed);
        return new Minutes(uuid, meetingId, version, state, next);
    }

    /** {@code expected} (which must be what stands at {@code index}) replaced by {@code replacement}. */
    Minutes withPairsReplaced(int index, List<AlignedPair> expected, List<AlignedPair> replacement) {
        requireEditable();
        if (index < 0 || index + expected.size() > pairs.size()
                || !pairs.subList(index, index + expected.size()).equals(expected)) {
            throw new IllegalStateException("the minutes do not hold the expected pairs at " + index);
        }
        List<AlignedPair> next = new ArrayList<>(pairs.size() - expected.size() + replacement.size());
        next.addAll(pairs.subList(0, index));
        next.addAll(replacement);
        next.addAll(pairs.subList(index + expected.size(), pairs.size()));
        return new Minutes(uuid, meetingId, version, state, next);
    }

    /** The pair at {@code from} moved so that it stands at {@code to}. */
    Minutes withPairMoved(UUID pairUuid, int from, int to) {
        requireEditable();
        if (from < 0 || from >= pairs.size() || !pairs.get(from).uuid().equals(pairUuid)) {
            throw new IllegalStateException("pair " + pairUuid + " is not at " + from);
        }
        List<AlignedPair> next = new ArrayList<>(pairs);
        next.add(to, next.remove(from));
        return new Minutes(uuid, meetingId, version, state, next);
    }

    private static MinutesState stateOf(List<AlignedPair> pairs) {
        return !pairs.isEmpty() && pairs.stream().allMatch(AlignedPair::isAgreedByBoth)
                ? MinutesState.AGREED : MinutesState.DRAFT;
    }
}
