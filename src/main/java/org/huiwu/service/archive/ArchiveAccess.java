// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import java.nio.file.Path;
import java.util.Optional;

import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;

/**
 * The one way into archives on disk: look at one, create one, open one, change a passphrase. Archives are
 * encrypted; passphrases are passed as char arrays that the caller wipes, never kept by the implementation.
 */
public interface ArchiveAccess {

    /** The identity of the archive in the folder, without opening it; empty when the folder holds none. */
    Optional<ArchiveInfo> peek(Path folder);

    /** Creates a new, empty archive locked by the passphrase; fails when the folder already holds one. */
    OpenArchive create(Path folder, String name, Side homeSide, boolean sample, char[] passphrase);

    /**
     * Creates a new archive whose first user, a representative named {@code userName}, holds the passphrase's key
     * slot. The plain {@link #create} names the first user after the operating system's user.
     */
    default OpenArchive create(Path folder, String name, Side homeSide, boolean sample, String userName,
                               char[] passphrase) {
        return create(folder, name, homeSide, sample, passphrase);
    }

    /** Opens an existing archive; a wrong passphrase fails with WRONG_PASSPHRASE and changes nothing on disk. */
    OpenArchive open(Path folder, char[] passphrase);

    /** Rewrites the key slot of the current passphrase for the new one; the records are not rewritten. */
    void changePassphrase(Path folder, char[] current, char[] replacement);
}
