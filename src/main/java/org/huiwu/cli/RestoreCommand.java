// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup into a new archive folder, which must not exist or be empty; the new "
                + "archive opens with the same passphrases. Never writes into an existing archive.")
final class RestoreCommand implements Callable<Integer> {

    private final AppContext context;
    private final Messages messages;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The backup file.")
    private Path in;

    @Option(names = "--archive", paramLabel = "NEWDIR", required = true,
            description = "The folder of the restored archive: new, or empty.")
    private Path archive;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "File whose first line is a passphrase of the archive (else asked on the terminal).")
    private Path passphraseFile;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    RestoreCommand(AppContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        char[] passphrase = new PassphraseInput(messages, System.console())
                .read(passphraseFile, "--passphrase-file", "cli.backup.prompt", in);
        BackupSummary summary;
        try {
            summary = context.backups().restore(in.toAbsolutePath(), passphrase, archive.toAbsolutePath(),
                    p -> { });
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        spec.commandLine().getOut().println(messages.get("cli.restore.done", summary.file(),
                archive.toAbsolutePath(), summary.meetings(), summary.minutesVersions(), summary.pairs()));
        spec.commandLine().getOut().flush();
        return HuiwuCommand.DONE;
    }
}
