// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.ValidationException;
import org.huiwu.service.importing.ImportException;
import org.huiwu.service.importing.ImportPreview;
import org.huiwu.service.importing.ImportedClause;
import org.huiwu.service.importing.MinutesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * meeting import-docx and meeting import-tsv: minutes written before Huiwu appended as aligned pairs to a meeting's
 * minutes, or to a meeting created for them. The file is read before the archive is opened, so a bad file needs no
 * passphrase and changes nothing.
 */
final class PastMinutesCommands {

    private PastMinutesCommands() {
    }

    /** What both commands share; they differ only in how they read the file. */
    abstract static class ImportPastMinutes implements Callable<Integer> {

        private final AppContext context;
        final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "The file to import.")
        Path in;

        @Option(names = "--meeting", paramLabel = "ID",
                description = "Append to this meeting's minutes (see: meetings list). Without it a new meeting is "
                        + "created from --date, --level, --place and the titles, and its id printed.")
        private Long meetingId;

        @Option(names = "--dry-run", description = "Print the pairing and save nothing (the archive is not opened).")
        private boolean dryRun;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "New meeting: its date (default: today).")
        private LocalDate date;

        @Option(names = "--level", paramLabel = "LEVEL",
                description = "New meeting: LEADERSHIP, WORKING or TALKS (default: TALKS).")
        private MeetingLevel level;

        @Option(names = "--place", paramLabel = "ID", description = "New meeting: the place's id (default: the "
                + "place of the latest meeting, else the register's first place).")
        private Long placeId;

        @Option(names = "--title-zh", paramLabel = "TEXT", description = "New meeting: its Chinese title.")
        private String titleZh;

        @Option(names = "--title-ru", paramLabel = "TEXT", description = "New meeting: its Russian title.")
        private String titleRu;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        ImportPastMinutes(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        abstract ImportPreview read(Path file) throws ImportException;

        /** The message for a file that could not be read. */
        String problem(ImportException e) {
            return messages.get(e.messageKey(), e.arguments().toArray());
        }

        @Override
        public Integer call() {
            Path file = in.toAbsolutePath();
            ImportPreview preview;
            try {
                preview = read(file);
            } catch (ImportException e) {
                throw new HuiwuCommand.UserError(problem(e));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            if (dryRun) {
                printPreview(stdout, preview);
                return HuiwuCommand.DONE;
            }
            MinutesImport.Imported imported;
            boolean created = meetingId == null;
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                MinutesImport importing = session.importing();
                if (meetingId != null) {
                    if (session.schedule().meetings().stream().noneMatch(m -> m.id() == meetingId.longValue())) {
                        throw new HuiwuCommand.UserError(messages.get("cli.importing.meetingNotFound",
                                String.valueOf(meetingId)));
                    }
                    imported = importing.appendTo(meetingId, preview);
                } else {
                    imported = importing.intoNewMeeting(newMeeting(importing, preview), preview);
                }
            } catch (MinutesException e) {
                throw new HuiwuCommand.UserError(messages.get("importing.nothingChanged",
                        messages.get(e.messageKey())));
            } catch (ValidationException e) {
                throw new HuiwuCommand.UserError(messages.get("importing.error.newMeeting", e.violations().stream()
                        .map(v -> messages.get(v.messageKey())).distinct().collect(Collectors.joining(" "))));
            }
            // The id alone on the first line, for scripts (as meeting import prints it); then what happened.
            String id = String.valueOf(imported.meeting().id());
            stdout.println(id);
            if (created) {
                stdout.println(messages.get("cli.importing.created", id, imported.meeting().title().joined(),
                        imported.meeting().localStart().toLocalDate().toString()));
            }
            stdout.println(messages.get("cli.importing.done", imported.pairs(), preview.fileName(), id,
                    imported.meeting().title().joined(), preview.flagged()));
            stdout.flush();
            return HuiwuCommand.DONE;
        }

        private MinutesImport.NewMeeting newMeeting(MinutesImport importing, ImportPreview preview) {
            MinutesImport.NewMeeting proposal = importing.proposal(preview.fileName());
            long place = placeId != null ? placeId : proposal.placeId();
            if (place < 0) {
                throw new HuiwuCommand.UserError(messages.get("importing.error.noPlace"));
            }
            return new MinutesImport.NewMeeting(date != null ? date : proposal.date(),
                    level != null ? level : proposal.level(), place,
                    Bilingual.of(titleZh != null ? titleZh : proposal.title().zh(),
                            titleRu != null ? titleRu : proposal.title().ru()));
        }

        /** One line per clause: number, Chinese, Russian, warnings; a line break in a text shows as ⏎. */
        private void printPreview(PrintWriter stdout, ImportPreview preview) {
            stdout.println(messages.get("cli.importing.preview.header"));
            int number = 0;
            for (ImportedClause clause : preview.clauses()) {
                number++;
                String warnings = clause.warnings().stream().sorted().map(w -> messages.get(w.messageKey()))
                        .collect(Collectors.joining("; "));
                stdout.println(number + "\t" + oneLine(clause.zh()) + "\t" + oneLine(clause.ru()) + "\t" + warnings);
            }
            stdout.println(messages.get("cli.importing.preview.summary", preview.clauses().size(),
                    preview.fileName(), preview.flagged()));
            stdout.flush();
        }

        private static String oneLine(String text) {
            return text.replace("\n", " ⏎ ").replace('\t', ' ');
        }
    }

    @Command(name = "import-docx", mixinStandardHelpOptions = true,
            description = "Imports minutes from before Huiwu from a Word file (DOCX) whose table has a Chinese and a "
                    + "Russian column (found by their letters; header rows skipped, merged cells joined, a row "
                    + "with one language kept and flagged). Appends them to --meeting's minutes (draft minutes "
                    + "only) or creates a new meeting. Prints the meeting's id, then how many pairs were imported. "
                    + "Other files are refused; a TSV of pairs goes through import-tsv.")
    static final class ImportDocx extends ImportPastMinutes {

        ImportDocx(AppContext context, Messages messages) {
            super(context, messages);
        }

        @Override
        ImportPreview read(Path file) throws ImportException {
            return MinutesImport.readDocx(file, progress -> { });
        }

        @Override
        String problem(ImportException e) {
            String message = super.problem(e);
            // The hint only where the user may have meant a TSV: a broken .docx is no TSV.
            String name = in.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return e.reason() == ImportException.Reason.NOT_DOCX && !name.endsWith(".docx") && !name.endsWith(".doc")
                    ? message + " " + messages.get("cli.importing.tsvHint", in) : message;
        }
    }

    @Command(name = "import-tsv", mixinStandardHelpOptions = true,
            description = "Imports minutes from before Huiwu from a TSV file of pairs: one clause per line, Chinese, "
                    + "a tab, Russian (UTF-8 or UTF-16 with BOM; cells in double quotes may hold tabs, line breaks "
                    + "and \"\"; \\n, \\t and \\\\ are understood). Otherwise like import-docx.")
    static final class ImportTsv extends ImportPastMinutes {

        ImportTsv(AppContext context, Messages messages) {
            super(context, messages);
        }

        @Override
        ImportPreview read(Path file) throws ImportException {
            return MinutesImport.readTsv(file, progress -> { });
        }
    }
}
