// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

/**
 * Where the index stands while it catches up with the archive: meetings checked of all, and why it is working.
 * {@code done == total} means it is up to date.
 */
public record SearchProgress(Phase phase, int done, int total) {

    public enum Phase {
        /** Up to date with every save. */
        CURRENT,
        /** Comparing the index with the archive and indexing what changed since it was last written. */
        CATCHING_UP,
        /** The index was missing, of another format or damaged: written anew. */
        REBUILDING
    }

    public static final SearchProgress CURRENT = new SearchProgress(Phase.CURRENT, 0, 0);

    public boolean working() {
        return phase != Phase.CURRENT;
    }

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
