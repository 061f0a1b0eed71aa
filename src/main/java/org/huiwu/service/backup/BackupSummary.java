// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.huiwu.domain.archive.ArchiveInfo;

/**
 * What a backup holds: whose archive, when it was taken, its size, its metadata, and (after verify or restore, -1
 * after writing) how many meetings, minutes versions and pairs of the newest minutes versions the database has.
 */
public record BackupSummary(Path file, ArchiveInfo archive, Instant createdAt, long bytes,
                            Map<String, String> metadata, int meetings, int minutesVersions, int pairs) {

    public BackupSummary {
        metadata = Map.copyOf(metadata);
    }

    /** The counts of an opened database. */
    public record Counts(int meetings, int minutesVersions, int pairs) {
    }

    public BackupSummary withCounts(Counts counts) {
        return new BackupSummary(file, archive, createdAt, bytes, metadata, counts.meetings(),
                counts.minutesVersions(), counts.pairs());
    }
}
