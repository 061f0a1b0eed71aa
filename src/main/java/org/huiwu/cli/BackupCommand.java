// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes one encrypted backup file of the archive (database, key slots and the saves still in "
                + "the save journal); the archive's passphrases open it. 'backup verify FILE' checks one.",
        subcommands = BackupCommand.Verify.class)
final class BackupCommand implements Callable<Integer> {

    private final AppContext context;
    private final Messages messages;

    @Mixin
    private ArchiveOption archiveOption;

    // Not required for picocli: 'backup verify FILE' must parse without it.
    @Option(names = "--out", paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
    private Path out;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    BackupCommand(AppContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (out == null) {
            throw new HuiwuCommand.UserError(messages.get("cli.error.usage",
                    messages.get("cli.error.missingArgument", "--out=FILE"), spec.qualifiedName()));
        }
        BackupSummary written;
        long begin;
        try (ArchiveSession session = archiveOption.open(context, messages)) {
            // Timed from here: the backup itself, not the unlock before it.
            begin = System.nanoTime();
            written = context.backups().backupTo(session.archive(), out.toAbsolutePath(), progress -> { });
        }
        spec.commandLine().getOut().println(messages.get("cli.backup.written", written.archive().name(),
                written.file(), written.bytes(), (System.nanoTime() - begin) / 1_000_000));
        spec.commandLine().getOut().flush();
        return HuiwuCommand.DONE;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Authenticates every part of a backup and opens the database inside with the passphrase. "
                    + "Exit 0 intact, 1 broken (damaged, cut off, not a backup), 2 wrong passphrase or unreadable.")
    static final class Verify implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Parameters(paramLabel = "FILE", description = "The backup file.")
        private Path file;

        @Option(names = "--passphrase-file", paramLabel = "F",
                description = "File whose first line is a passphrase of the archive (else asked on the terminal).")
        private Path passphraseFile;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Verify(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            char[] passphrase = new PassphraseInput(messages, System.console())
                    .read(passphraseFile, "--passphrase-file", "cli.backup.prompt", file);
            try {
                BackupSummary summary = context.backups().verify(file.toAbsolutePath(), passphrase, p -> { });
                spec.commandLine().getOut().println(messages.get("cli.backup.intact", summary.file(),
                        summary.archive().name(),
                        summary.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), summary.meetings(),
                        summary.minutesVersions(), summary.pairs()));
                spec.commandLine().getOut().flush();
                return HuiwuCommand.DONE;
            } catch (BackupException e) {
                if (e.reason() == BackupException.Reason.WRONG_PASSPHRASE || e.reason() == BackupException.Reason.IO) {
                    throw e;
                }
                // A broken backup is an answer, not an error of the command.
                spec.commandLine().getOut().println(messages.get("cli.backup.broken",
                        messages.get(e.reason().messageKey(), e.detail())));
                spec.commandLine().getOut().flush();
                return HuiwuCommand.NEGATIVE;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
