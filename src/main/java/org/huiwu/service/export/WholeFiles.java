// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written for users (exports, saved protocols): whole or not at all, by the window and the command line. */
public final class WholeFiles {

    private WholeFiles() {
    }

    /** Through a temporary file beside it, so that a failed export never leaves half a file behind. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            // A folder named on the command line that does not exist yet is made, as "save as" would offer.
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".huiwu-export", ".tmp");
            Files.write(temporary, bytes);
            // createTempFile makes the file readable by its owner only; an export is an ordinary document.
            try {
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's rights apply
            }
            try {
                Files.move(temporary, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the export failed already; a stray temporary file is the lesser problem
                }
            }
            throw e;
        }
    }
}
