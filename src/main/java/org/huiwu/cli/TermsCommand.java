// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.parity.TermFile;
import org.huiwu.service.parity.TermFileException;
import org.huiwu.service.parity.TermbaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The archive's termbase in and out of TBX and CSV files, e.g. to share it with the other side or a translator. */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "The termbase (Chinese and Russian terms) as TBX or CSV.",
        subcommands = {TermsCommand.Export.class, TermsCommand.Import.class})
final class TermsCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The archive itself, not a session: no translation memory is needed here. The termbase is seeded as a session
     * would, so an archive never opened in the app exports its glossary too.
     */
    private static <T> T withTermbase(ArchiveOption option, AppContext context, Messages messages,
                                      java.util.function.Function<TermbaseService, T> work) {
        Path folder = option.folder(context);
        char[] passphrase = option.passphrase(messages, folder);
        OpenArchive archive;
        try {
            archive = context.archives().open(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (archive) {
            org.huiwu.domain.access.Actor actor = archive.users().openedBy().actor();
            TermbaseService terms = new TermbaseService(archive.terms(), context.clock()).actingAs(() -> actor);
            terms.seedIfEmpty();
            return work.apply(terms);
        }
    }

    private static HuiwuCommand.UserError problem(Messages messages, Path file, TermFileException e) {
        return new HuiwuCommand.UserError(messages.get("cli.terms.bad", file,
                messages.get(e.messageKey(), e.arguments())));
    }

    enum Format {
        tbx(TermFile.TBX),
        csv(TermFile.CSV);

        private final TermFile file;

        Format(TermFile file) {
            this.file = file;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every term to FILE (UTF-8), replacing it: TBX (TBX-Basic) or CSV with the header "
                    + "zh,ru,note and the forms of a language joined by ';'.")
    static final class Export implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--format", paramLabel = "tbx|csv",
                description = "tbx or csv (default: from the file's extension, else tbx).")
        private Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        private Path out;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Export(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            Path file = out.toAbsolutePath();
            TermFile chosen = format != null ? format.file : fromExtension(file);
            byte[][] bytes = new byte[1][];
            int count = withTermbase(archiveOption, context, messages, terms -> {
                bytes[0] = terms.export(chosen);
                return terms.list().size();
            });
            ExportFiles.writeWholeOrRefuse(file, bytes[0], messages);
            spec.commandLine().getOut().println(messages.get("cli.terms.exported", count, file,
                    chosen.name().toLowerCase(Locale.ROOT)));
            spec.commandLine().getOut().flush();
            return HuiwuCommand.DONE;
        }

        private static TermFile fromExtension(Path file) {
            try {
                return TermFile.of(file);
            } catch (TermFileException e) {
                return TermFile.TBX;
            }
        }

    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Merges the terms of a TBX (.tbx, .xml) or CSV (.csv) file into the termbase. A term whose "
                    + "preferred Chinese or Russian form (or id) the termbase has gains the file's other forms; "
                    + "others are added. Prints how many were added, updated, unchanged and incomplete.")
    static final class Import implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "The TBX or CSV file.")
        private Path in;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Import(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            Path file = in.toAbsolutePath();
            // The file is read and checked before the archive is opened: a broken file needs no passphrase.
            java.util.List<TermFile.Imported> read;
            try {
                TermFile format = TermFile.of(file);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new HuiwuCommand.UserError(messages.get("cli.terms.unreadable", file));
                }
                read = format.read(bytes);
            } catch (TermFileException e) {
                throw problem(messages, file, e);
            }
            TermbaseService.ImportResult result = withTermbase(archiveOption, context, messages,
                    terms -> terms.importTerms(read));
            spec.commandLine().getOut().println(messages.get("cli.terms.imported", file, result.added(),
                    result.updated(), result.unchanged(), result.incomplete()));
            spec.commandLine().getOut().flush();
            return HuiwuCommand.DONE;
        }
    }
}
