// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.common;

import java.util.UUID;

/**
 * Identity of a stored record: a local key, meaningful only in one archive, and a stable UUID that stays the
 * same when the record travels to the other side's archive.
 */
public record RecordId(long key, UUID uuid) {

    public RecordId {
        if (uuid == null) {
            throw new IllegalArgumentException("uuid is required");
        }
    }
}
