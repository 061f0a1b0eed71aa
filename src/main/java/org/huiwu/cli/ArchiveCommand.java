// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.PassphrasePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true, description = "The archive itself.",
        subcommands = ArchiveCommand.ChangePassphrase.class)
final class ArchiveCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "passphrase", mixinStandardHelpOptions = true,
            description = "Changes your own passphrase: rewrites your key slot in the archive's header (the records "
                    + "stay as they are) and records the change in the audit trail.")
    static final class ChangePassphrase implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--new-passphrase-file", paramLabel = "F",
                description = "File whose first line is the new passphrase (else asked twice on the terminal).")
        private Path newPassphraseFile;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        ChangePassphrase(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            Path folder = archiveOption.folder(context);
            // Refuse early (not found, not an archive) before asking anything.
            context.archives().peek(folder).orElseThrow(() -> new HuiwuCommand.UserError(
                    messages.get("archive.error.notFound", folder)));
            PassphraseInput input = new PassphraseInput(messages, System.console());
            char[] current = archiveOption.passphrase(messages, folder);
            char[] replacement = null;
            char[] repeated = null;
            try {
                replacement = input.read(newPassphraseFile, "--new-passphrase-file", "cli.passphrase.promptNew");
                repeated = newPassphraseFile != null ? replacement.clone()
                        : input.read(null, "--new-passphrase-file", "cli.passphrase.promptRepeat");
                var problem = PassphrasePolicy.check(replacement, repeated);
                if (problem.isPresent()) {
                    throw new HuiwuCommand.UserError(messages.get(problem.get(), PassphrasePolicy.MIN_LENGTH));
                }
                // Opened as the user whose passphrase changes, so the trail says who changed it.
                try (ArchiveSession session = context.openSession(folder, current.clone())) {
                    session.users().changeOwnPassphrase(current, replacement, repeated);
                }
            } finally {
                Arrays.fill(current, '\0');
                if (replacement != null) {
                    Arrays.fill(replacement, '\0');
                }
                if (repeated != null) {
                    Arrays.fill(repeated, '\0');
                }
            }
            spec.commandLine().getOut().println(messages.get("cli.passphrase.changed", folder));
            spec.commandLine().getOut().flush();
            return HuiwuCommand.DONE;
        }
    }
}
