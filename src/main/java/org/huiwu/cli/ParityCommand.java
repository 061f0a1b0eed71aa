// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.parity.Finding;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.parity.ParityService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The parity checks from the command line. Output: one line per finding, {@code LINE<TAB>CHECK<TAB>zh<TAB>ru}, where
 * LINE is the input line (--input) or the clause number (--meeting), CHECK a ParityCheck name and the last two the
 * fragments of each text the finding concerns (empty when that text lacks it; tabs and line breaks inside a fragment
 * are printed as spaces). Exit 1 when there are findings, 0 when none, 2 for usage errors and unreadable input.
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = "Parity checks of aligned Chinese and Russian texts: numbers, dates, times, terms, names, "
                + "structure.",
        subcommands = ParityCommand.Check.class)
final class ParityCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks each pair and prints one line per finding: LINE<TAB>CHECK<TAB>Chinese fragment<TAB>"
                    + "Russian fragment (LINE: the input line, or the clause number for --meeting). Exit 1 with "
                    + "findings, 0 without. --input uses the seed terms (with --archive also the registers' names); "
                    + "--meeting the newest version of the meeting's minutes.")
    static final class Check implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        static final class Source {
            @Option(names = "--input", required = true, paramLabel = "FILE",
                    description = "UTF-8 text, one pair a line: Chinese, a tab, Russian. Empty lines are skipped.")
            Path input;

            @Option(names = "--meeting", required = true, paramLabel = "ID",
                    description = "The meeting's id in the archive (see: meetings list).")
            Long meetingId;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Source source;

        @Mixin
        private ArchiveOption archiveOption;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Check(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int findings = 0;
            if (source.input != null) {
                List<String> lines = read(source.input);
                ParityService parity;
                if (archiveOption.archive != null) {
                    try (ArchiveSession session = archiveOption.open(context, messages)) {
                        parity = session.parity();
                    }
                } else {
                    parity = ParityService.withSeedTerms();
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank()) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    String zh = tab < 0 ? line : line.substring(0, tab);
                    String ru = tab < 0 ? "" : line.substring(tab + 1);
                    findings += print(out, i + 1, parity.check(zh, ru));
                }
            } else {
                try (ArchiveSession session = archiveOption.open(context, messages)) {
                    long id = source.meetingId;
                    if (session.schedule().meetings().stream().noneMatch(m -> m.id() == id)) {
                        throw new HuiwuCommand.UserError(messages.get("cli.parity.noMeeting", String.valueOf(id)));
                    }
                    Minutes minutes = session.minutes().current(id);
                    ParityService parity = session.parity();
                    for (Map.Entry<Integer, List<Finding>> clause : parity.check(minutes).entrySet()) {
                        findings += print(out, clause.getKey(), clause.getValue());
                    }
                }
            }
            out.flush();
            return findings > 0 ? HuiwuCommand.NEGATIVE : HuiwuCommand.DONE;
        }

        private List<String> read(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                    lines.set(0, lines.get(0).substring(1)); // a BOM, as Windows editors write
                }
                return lines;
            } catch (CharacterCodingException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.parity.notUtf8", file));
            } catch (IOException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.parity.unreadable", file));
            }
        }

        private static int print(PrintWriter out, int line, List<Finding> findings) {
            for (Finding finding : findings) {
                out.println(line + "\t" + finding.check().name() + "\t" + flat(finding.zh()) + "\t" + flat(finding.ru()));
            }
            return findings.size();
        }

        private static String flat(String fragment) {
            return fragment.replaceAll("[\\t\\r\\n]+", " ");
        }
    }
}
