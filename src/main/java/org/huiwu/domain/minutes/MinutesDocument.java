// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Minutes being edited: the current version and its one undo/redo history, across typing and the operations on
 * pairs. Every edit is made through here so that Ctrl+Z undoes exactly what the user did last. Not thread-safe: the
 * editor owns it on one thread.
 *
 * <p>Positions are list indexes (0..n-1); the clause number a user reads is index + 1.
 */
public final class MinutesDocument {

    private final EditHistory history;
    private Minutes minutes;
    /** Whether the next keystroke may join the newest step; any other action closes the group. */
    private boolean typingGroupOpen;
    private long revision;

    public MinutesDocument(Minutes minutes) {
        this(minutes, new EditHistory());
    }

    public MinutesDocument(Minutes minutes, EditHistory history) {
        this.minutes = Objects.requireNonNull(minutes, "minutes");
        this.history = Objects.requireNonNull(history, "history");
    }

    public Minutes minutes() {
        return minutes;
    }

    public EditHistory history() {
        return history;
    }

    /** Counts every change, undo and redo included: a saver compares it with the revision it last saved. */
    public long revision() {
        return revision;
    }

    /** The text of one language of a pair is now {@code newText}, as the editor shows it after a keystroke. */
    public void type(UUID pairUuid, RecordLanguage language, String newText, Provenance by) {
        Objects.requireNonNull(newText, "newText");
        type(pairUuid, language, TextSplice.between(minutes.pair(pairUuid).side(language).text(), newText), by);
    }

    /** A keystroke, paste or deletion given as the editor reports it. Consecutive keystrokes of a word are one step. */
    public void type(UUID pairUuid, RecordLanguage language, TextSplice splice, Provenance by) {
        Objects.requireNonNull(by, "by");
        minutes.requireEditable();
        if (splice.isEmpty()) {
            return;
        }
        PairSide side = minutes.pair(pairUuid).side(language);
        MinutesEdit.Typing typing = new MinutesEdit.Typing(pairUuid, language, splice,
                side.provenance(), side.agreement(), by, null);
        Minutes next = typing.apply(minutes);
        Optional<MinutesEdit.Typing> grown = typingGroupOpen && history.newest().orElse(null)
                instanceof MinutesEdit.Typing newest ? newest.followedBy(typing) : Optional.empty();
        if (grown.isPresent()) {
            history.replaceNewest(grown.get());
        } else {
            history.record(typing);
        }
        changed(next);
        typingGroupOpen = true;
    }

    /** Ends the current typing step, e.g. when the caret leaves the text or a pause is long. */
    public void closeTypingGroup() {
        typingGroupOpen = false;
    }

    /** A new empty clause at {@code index} (0..n); returns its UUID so the editor can put the caret there. */
    public UUID insertPair(int index) {
        minutes.requireEditable();
        if (index < 0 || index > minutes.pairs().size()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + minutes.pairs().size());
        }
        AlignedPair pair = AlignedPair.empty();
        perform(new MinutesEdit.PairsReplaced(EditKind.INSERT, index, List.of(), List.of(pair)));
        return pair.uuid();
    }

    /**
     * Splits a clause at the caret of each language: the text before stays in this clause, the text after goes to a
     * new clause right after it. Returns the new clause's UUID.
     */
    public UUID split(UUID pairUuid, int zhOffset, int ruOffset) {
        minutes.requireEditable();
        int index = minutes.indexOf(pairUuid);
        AlignedPair pair = minutes.pairs().get(index);
        List<AlignedPair> parts = pair.splitAt(zhOffset, ruOffset);
        perform(new MinutesEdit.PairsReplaced(EditKind.SPLIT, index, List.of(pair), parts));
        return parts.get(1).uuid();
    }

    /** Joins a clause with the next one; the joined clause keeps this clause's UUID. */
    public void merge(UUID pairUuid) {
        minutes.requireEditable();
        int index = minutes.indexOf(pairUuid);
        if (index + 1 >= minutes.pairs().size()) {
            throw new MinutesException(MinutesException.Reason.NO_NEXT_PAIR, pairUuid.toString());
        }
        AlignedPair pair = minutes.pairs().get(index);
        AlignedPair next = minutes.pairs().get(index + 1);
        perform(new MinutesEdit.PairsReplaced(EditKind.MERGE, index, List.of(pair, next),
                List.of(pair.mergedWith(next))));
    }

    public void delete(UUID pairUuid) {
        minutes.requireEditable();
        int index = minutes.indexOf(pairUuid);
        perform(new MinutesEdit.PairsReplaced(EditKind.DELETE, index, List.of(minutes.pairs().get(index)), List.of()));
    }

    /** Moves a clause so that it stands at {@code newIndex} (0..n-1) afterwards. */
    public void move(UUID pairUuid, int newIndex) {
        minutes.requireEditable();
        int index = minutes.indexOf(pairUuid);
        if (newIndex < 0 || newIndex >= minutes.pairs().size()) {
            throw new IndexOutOfBoundsException("index " + newIndex + " outside 0.." + (minutes.pairs().size() - 1));
        }
        if (newIndex != index) {
            perform(new MinutesEdit.PairMoved(pairUuid, index, newIndex));
        }
    }

    /** A member of the language's owning side confirms its text; nothing happens if it already stands agreed. */
    public void agree(UUID pairUuid, RecordLanguage language, long personId, Instant at) {
        minutes.requireEditable();
        AlignedPair pair = minutes.pair(pairUuid);
        AlignedPair agreed = pair.agree(language, personId, at);
        if (agreed != pair) {
            perform(new MinutesEdit.AgreementChanged(pairUuid, language, pair.side(language).agreement(),
                    agreed.side(language).agreement()));
        }
    }

    public boolean canUndo() {
        return !minutes.isFinal() && history.undoSteps() > 0;
    }

    public boolean canRedo() {
        return !minutes.isFinal() && history.redoSteps() > 0;
    }

    /** Undoes the newest step; false when there is none. */
    public boolean undo() {
        if (!canUndo()) {
            return false;
        }
        Minutes previous = history.peekUndo().inverse().apply(minutes);
        history.undone();
        changed(previous);
        return true;
    }

    /** Redoes the step undone last; false when there is none. */
    public boolean redo() {
        if (!canRedo()) {
            return false;
        }
        Minutes next = history.peekRedo().apply(minutes);
        history.redone();
        changed(next);
        return true;
    }

    /**
     * Locks the minutes (they must be agreed). The history goes: final minutes are not edited, and undoing into them
     * would be an edit.
     */
    public void finalizeMinutes() {
        Minutes locked = minutes.finalized();
        history.clear();
        changed(locked);
    }

    private void perform(MinutesEdit edit) {
        Minutes next = edit.apply(minutes);
        history.record(edit);
        changed(next);
    }

    private void changed(Minutes next) {
        minutes = next;
        typingGroupOpen = false;
        revision++;
    }
}
