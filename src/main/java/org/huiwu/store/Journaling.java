// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

/**
 * Where a repository records a save after the database committed it: the save journal, forced to disk before
 * this returns. Only then may the save be confirmed to the user.
 */
@FunctionalInterface
interface Journaling {

    /** Throws when the entry could not be made durable; the save must then not be confirmed. */
    void record(byte[] payload);

    Journaling NONE = payload -> { };
}
