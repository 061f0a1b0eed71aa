// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;

/**
 * One searchable text of a meeting in both languages, as a {@link SearchSource} hands it over.
 *
 * @param record   the UUID of the record the text belongs to (the pair, the item, the decision, the meeting)
 * @param position its place among its kind in the meeting (clause number from 1, item number...), 0 for the meeting
 */
public record SearchEntry(HitKind kind, UUID record, int position, Bilingual text) {

    public SearchEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(record);
        Objects.requireNonNull(text);
    }
}
