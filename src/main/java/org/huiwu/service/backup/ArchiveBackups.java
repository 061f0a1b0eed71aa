// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.huiwu.service.archive.OpenArchive;

/**
 * Backup files of archives: one encrypted file holding the whole archive (database, key slots and the saves still
 * pending in the save journal). Every method throws {@link BackupException}; progress goes from 0 to 1, and a
 * progress listener that throws (e.g. {@link java.util.concurrent.CancellationException}) cancels the work, leaving
 * no backup file and no restored folder behind.
 */
public interface ArchiveBackups {

    /**
     * Writes a consistent snapshot of the open archive to {@code file}, which appears only complete (written beside
     * it, forced to disk and moved into place); every save confirmed before the call is in it.
     * {@code metadata} is stored authenticated in the file's header (e.g. an audit anchor).
     */
    BackupSummary write(OpenArchive archive, Path file, Map<String, String> metadata, DoubleConsumer progress);

    /**
     * The metadata in the file's header, read without a passphrase (and so not authenticated: {@link #verify} is
     * what proves the file whole).
     */
    Map<String, String> metadata(Path file);

    /** Authenticates every part of the file and opens the database inside with the passphrase; changes nothing. */
    BackupSummary verify(Path file, char[] passphrase, DoubleConsumer progress);

    /**
     * Restores the backup into {@code newFolder}, which must not exist or be empty; the archive there opens with the
     * same passphrases. Nothing appears in {@code newFolder} unless the whole restore succeeded.
     */
    BackupSummary restore(Path file, char[] passphrase, Path newFolder, DoubleConsumer progress);
}
