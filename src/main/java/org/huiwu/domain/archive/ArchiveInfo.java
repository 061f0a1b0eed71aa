// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Side;

/**
 * What identifies an archive: its name, the side whose delegation keeps it (which decides defaults such as which
 * original is "ours") and whether it holds the sample records rather than real ones.
 */
public record ArchiveInfo(UUID uuid, String name, Side homeSide, boolean sample, Instant createdAt) {

    public ArchiveInfo {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homeSide, "homeSide");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
