// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One found text with both languages, the matches marked in each.
 *
 * @param record   the UUID of the pair, item, decision or meeting the texts belong to
 * @param position the clause (pair) or item number from 1; 0 for the meeting itself
 */
public record SearchHit(long meetingId, UUID meetingUuid, LocalDate date, HitKind kind, UUID record, int position,
                        MarkedText zh, MarkedText ru, float score) {
}
