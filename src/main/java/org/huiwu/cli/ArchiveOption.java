// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;

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

    /** The archive folder: --archive, else HUIWU_ARCHIVE, else the user's archive. */
    Path folder(AppContext context) {
        return archive != null ? archive.toAbsolutePath() : context.directories().defaultArchive();
    }

    /** The current passphrase, from --passphrase-file or the terminal; the caller wipes it. */
    char[] passphrase(Messages messages, Path folder) {
        return new PassphraseInput(messages, System.console())
                .read(passphraseFile, "--passphrase-file", "cli.passphrase.prompt", folder);
    }

    /** Opens the archive with its services; the passphrase is wiped as soon as the archive is open. */
    ArchiveSession open(AppContext context, Messages messages) {
        return open(context, messages, folder(context), passphraseFile);
    }

    /**
     * Opens the archive in {@code folder} with the passphrase from {@code passphraseFile} or the terminal, wiped as
     * soon as the archive is open; also for commands where an archive is optional.
     */
    static ArchiveSession open(AppContext context, Messages messages, Path folder, Path passphraseFile) {
        char[] passphrase = new PassphraseInput(messages, System.console())
                .read(passphraseFile, "--passphrase-file", "cli.passphrase.prompt", folder);
        try {
            return context.openSession(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
