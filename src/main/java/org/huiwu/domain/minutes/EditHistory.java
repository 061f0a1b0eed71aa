// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The one undo/redo history of a minutes document. It is bounded twice: by steps, because nobody undoes a thousand
 * words back, and by the characters its steps hold, so that pasting and deleting long texts cannot make it grow
 * without limit. When either bound is passed the oldest steps are forgotten; the newest step is always kept.
 */
public final class EditHistory {

    /** Far more than anyone undoes in one sitting; a step costs a few hundred bytes besides its text. */
    public static final int DEFAULT_MAX_STEPS = 1_000;
    /** About 4 MB of UTF-16 text at most: room for a 1 MB paste and its deletion, plus ordinary typing. */
    public static final long DEFAULT_MAX_RETAINED_CHARS = 2_000_000;

    private final int maxSteps;
    private final long maxRetainedChars;
    /** Oldest first; the last is undone next. */
    private final Deque<MinutesEdit> undoable = new ArrayDeque<>();
    /** The last is redone next. */
    private final Deque<MinutesEdit> redoable = new ArrayDeque<>();
    private long retainedChars;

    public EditHistory() {
        this(DEFAULT_MAX_STEPS, DEFAULT_MAX_RETAINED_CHARS);
    }

    public EditHistory(int maxSteps, long maxRetainedChars) {
        if (maxSteps < 1 || maxRetainedChars < 0) {
            throw new IllegalArgumentException("maxSteps must be ≥ 1 and maxRetainedChars ≥ 0");
        }
        this.maxSteps = maxSteps;
        this.maxRetainedChars = maxRetainedChars;
    }

    public int undoSteps() {
        return undoable.size();
    }

    public int redoSteps() {
        return redoable.size();
    }

    /** Characters held by all steps, undoable and redoable: the measure the bound applies to. */
    public long retainedChars() {
        return retainedChars;
    }

    public int maxSteps() {
        return maxSteps;
    }

    public long maxRetainedChars() {
        return maxRetainedChars;
    }

    /** What Ctrl+Z would undo, for a label such as "Undo split". */
    public Optional<EditKind> nextUndo() {
        return Optional.ofNullable(undoable.peekLast()).map(MinutesEdit::kind);
    }

    public Optional<EditKind> nextRedo() {
        return Optional.ofNullable(redoable.peekLast()).map(MinutesEdit::kind);
    }

    /** A new step; whatever was undone before can no longer be redone. */
    void record(MinutesEdit edit) {
        redoable.forEach(dropped -> retainedChars -= dropped.retainedChars());
        redoable.clear();
        undoable.addLast(edit);
        retainedChars += edit.retainedChars();
        forgetOldest();
    }

    Optional<MinutesEdit> newest() {
        return Optional.ofNullable(undoable.peekLast());
    }

    /** The newest step grown by a keystroke of the same word. */
    void replaceNewest(MinutesEdit edit) {
        retainedChars -= undoable.removeLast().retainedChars();
        undoable.addLast(edit);
        retainedChars += edit.retainedChars();
        forgetOldest();
    }

    MinutesEdit peekUndo() {
        return undoable.peekLast();
    }

    MinutesEdit peekRedo() {
        return redoable.peekLast();
    }

    void undone() {
        redoable.addLast(undoable.removeLast());
    }

    void redone() {
        undoable.addLast(redoable.removeLast());
    }

    void clear() {
        undoable.clear();
        redoable.clear();
        retainedChars = 0;
    }

    private void forgetOldest() {
        while (undoable.size() > 1 && (undoable.size() > maxSteps || retainedChars > maxRetainedChars)) {
            retainedChars -= undoable.removeFirst().retainedChars();
        }
    }
}
