// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files the commands write for users: whole or not at all. */
final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * Writes the file whole, or refuses in the user's language when it cannot be written (a missing permission, a
     * full disk): what every export command does.
     */
    static void writeWholeOrRefuse(Path file, byte[] bytes, org.huiwu.i18n.Messages messages) {
        try {
            writeWhole(file, bytes);
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("cli.export.unwritable", file));
        }
    }

    /** Through a temporary file beside it, so that a failed export never leaves half a file behind. */
    static void writeWhole(Path file, byte[] bytes) throws IOException {
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
