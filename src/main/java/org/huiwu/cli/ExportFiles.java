// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Path;

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
            org.huiwu.service.export.WholeFiles.write(file, bytes);
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("cli.export.unwritable", file));
        }
    }
}
