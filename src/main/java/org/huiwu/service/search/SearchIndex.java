// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;
import java.util.Map;

/**
 * The archive's full-text index, kept per meeting: every meeting's documents are replaced together, with a stamp
 * of the contents they were made from, so a stamp that differs from the archive's shows the index is behind.
 * Implemented in store (encrypted, next to the archive); called from one thread at a time for writes.
 */
public interface SearchIndex extends AutoCloseable {

    /** Whether the index was found missing, of another format or damaged when opened (and so started empty). */
    boolean startedEmpty();

    /** The stamp of every meeting in the index, by meeting id. */
    Map<Long, String> stamps();

    /** Puts the documents of a meeting in place of the ones it had, with the stamp of the contents. */
    void replace(long meetingId, String stamp, List<SearchDocument> documents);

    /** Removes a meeting and its documents. */
    void remove(long meetingId);

    /** Removes everything (an index found damaged while searching is written anew). */
    void clear();

    /** Makes the changes durable and visible to searches. */
    void commit();

    /** Searches; an empty query text finds nothing. Throws {@link Damaged} when the index cannot be read. */
    SearchPage search(SearchQuery query);

    /** The index files could not be read (damaged on disk); the service rebuilds the index. */
    final class Damaged extends RuntimeException {
        public Damaged(Throwable cause) {
            super(cause);
        }
    }

    @Override
    void close();
}
