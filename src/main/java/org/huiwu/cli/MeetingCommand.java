// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.exchange.ExchangeException;
import org.huiwu.service.exchange.MeetingExchange;
import org.huiwu.service.exchange.MeetingPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One meeting in and out of an archive as a JSON file ("huiwu-meeting", see {@link MeetingJson} and the README), e.g.
 * to hand it to the other side's archive. Both ways records keep their UUIDs.
 */
@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "One meeting with its agenda, decisions, attendance and minutes, as JSON; and minutes from "
                + "before Huiwu imported from a Word table or a TSV file of pairs.",
        subcommands = {MeetingCommand.Export.class, MeetingCommand.Import.class, PastMinutesCommands.ImportDocx.class,
            PastMinutesCommands.ImportTsv.class})
final class MeetingCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the archive itself rather than a session: the exchange works on its records, not through the UI's use cases. */
    private static OpenArchive open(ArchiveOption option, AppContext context, Messages messages) {
        Path folder = option.folder(context);
        char[] passphrase = option.passphrase(messages, folder);
        try {
            return context.archives().open(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Exports a meeting with its place and people, agenda, decisions, attendance and every "
                    + "version of its minutes (both texts, their states and who wrote and agreed them). --json "
                    + "prints the JSON; --out FILE writes it to a file (UTF-8). Without either, prints a one-line "
                    + "summary.")
    static final class Export implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--meeting", required = true, paramLabel = "ID",
                description = "The meeting's id in this archive (see: meetings list).")
        private long meetingId;

        @Option(names = "--json", description = "Print the meeting as JSON (unless --out is given).")
        private boolean json;

        @Mixin
        private RecipientOption recipientOption;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to FILE, replacing it.")
        private Path out;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Export(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            MeetingPackage pack;
            boolean marked;
            org.huiwu.domain.confidentiality.Recipient recipient = recipientOption.recipient(messages);
            // Through a session: the Art. 4 gate acts for whoever opened the archive and writes to its audit trail.
            try (org.huiwu.service.ArchiveSession session = archiveOption.open(context, messages)) {
                MeetingExchange.Released released = new MeetingExchange(session.archive()).export(meetingId,
                        recipient, session.confidentiality());
                pack = released.pack();
                marked = released.release().marked();
            } catch (ExchangeException e) {
                throw new HuiwuCommand.UserError(messages.get(e.messageKey(), e.arguments().toArray()));
            }
            String document = Json.write(MeetingJson.write(pack, marked));
            PrintWriter stdout = spec.commandLine().getOut();
            if (out != null) {
                write(out.toAbsolutePath(), document);
                stdout.println(messages.get("cli.meeting.export.written", String.valueOf(meetingId),
                        pack.meeting().title().joined(), out.toAbsolutePath(), counts(pack)));
            } else if (json) {
                stdout.println(document);
            } else {
                stdout.println(messages.get("cli.meeting.export.summary", String.valueOf(meetingId),
                        pack.meeting().title().joined(), counts(pack)));
            }
            stdout.flush();
            return HuiwuCommand.DONE;
        }

        private String counts(MeetingPackage pack) {
            return messages.get("cli.meeting.counts", pack.agenda().items().size(), pack.decisions().size(),
                    pack.minutes().size());
        }

        private void write(Path file, String document) {
            ExportFiles.writeWholeOrRefuse(file, (document + "\n").getBytes(StandardCharsets.UTF_8), messages);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a meeting exported by 'meeting export' into the archive, with the place and "
                    + "people it lacks. Prints the new meeting's id, then a summary. Exit 1 when the archive "
                    + "already has the meeting or a record of it (nothing is imported then).")
    static final class Import implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "The JSON file to import.")
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
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.meeting.import.unreadable", file));
            }
            MeetingPackage pack;
            try {
                pack = MeetingJson.read(bytes);
            } catch (MeetingJson.Problem problem) {
                throw new HuiwuCommand.UserError(messages.get("cli.meeting.import.invalid", file,
                        messages.get(problem.key(), problem.arguments())));
            }
            MeetingExchange.Imported imported;
            try (OpenArchive archive = open(archiveOption, context, messages)) {
                imported = new MeetingExchange(archive).importPackage(pack);
            } catch (ExchangeException e) {
                String message = messages.get(e.messageKey(), e.arguments().toArray());
                if (e.reason().alreadyThere()) {
                    spec.commandLine().getErr().println(message);
                    spec.commandLine().getErr().flush();
                    return HuiwuCommand.NEGATIVE;
                }
                throw new HuiwuCommand.UserError(message);
            } catch (ValidationException e) {
                String broken = e.violations().stream().map(v -> messages.get(v.messageKey())).distinct()
                        .collect(Collectors.joining(" "));
                throw new HuiwuCommand.UserError(messages.get("cli.meeting.import.breaksRules", file, broken));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            // The id alone on the first line, for scripts; then what happened, for people.
            stdout.println(imported.meeting().id());
            stdout.println(messages.get("cli.meeting.import.done", String.valueOf(imported.meeting().id()),
                    pack.meeting().title().joined(),
                    messages.get("cli.meeting.counts", pack.agenda().items().size(), pack.decisions().size(),
                            pack.minutes().size()),
                    imported.peopleAdded(), imported.placeAdded() ? 1 : 0));
            stdout.flush();
            return HuiwuCommand.DONE;
        }
    }
}
