// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** --archive DIR, shared by every command that opens an archive. */
final class ArchiveOption {

    @Option(names = "--archive", paramLabel = "DIR",
            description = "Archive folder (default: HUIWU_ARCHIVE, else the archive in the user's data folder).")
    Path archive;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "File whose first line is the archive's passphrase. Without it the passphrase is asked "
                    + "on the terminal; without a terminal the command exits with 2.")
    Path passphraseFile;
}
