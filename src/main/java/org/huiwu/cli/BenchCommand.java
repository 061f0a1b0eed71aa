// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.app.EditorBench;
import org.huiwu.pdf.protocol.ProtocolBench;
import org.huiwu.store.CrashBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Crash.class, BenchCommand.Editor.class, BenchCommand.Pdf.class,
            BenchCommand.Search.class})
final class BenchCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "crash", mixinStandardHelpOptions = true,
            description = "Kills a writer process N times right after a random confirmed save and checks that no "
                    + "confirmed save was lost or duplicated and that the archive always opens. Prints "
                    + "kills=N lost=L duplicates=D failed_opens=F. Exit 1 when anything was lost.")
    static final class Crash implements Callable<Integer> {

        @Option(names = "--kills", defaultValue = "200", description = "How many kills (default 200).")
        private int kills;

        @Option(names = "--seed", defaultValue = "20261127", description = "Random seed (default 20261127).")
        private long seed;

        @Option(names = "--archive", paramLabel = "DIR",
                description = "A new folder for the bench archive (default: a temporary folder).")
        private Path archive;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path folder = archive != null ? archive.toAbsolutePath()
                    : Files.createTempDirectory("huiwu-crash-bench").resolve("archive");
            var out = spec.commandLine().getOut();
            PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            long started = System.nanoTime();
            CrashBench.Result result = CrashBench.run(folder, kills, seed, progress);
            out.println(result.line() + " seconds=" + (System.nanoTime() - started) / 1_000_000_000);
            out.flush();
            return result.clean() ? HuiwuCommand.DONE : HuiwuCommand.NEGATIVE;
        }
    }

    @Command(name = "editor", mixinStandardHelpOptions = true,
            description = "Stores minutes of N clauses in a new archive, opens them in the minutes editor in a real "
                    + "window and prints the time to open them and the keystroke-to-screen latency (p50, p95, max). "
                    + "Needs a display (on a server: xvfb-run).")
    static final class Editor implements Callable<Integer> {

        private final AppContext context;

        @Option(names = "--pairs", defaultValue = "2000", description = "Clauses in the minutes (default 2000).")
        private int pairs;

        @Option(names = "--keystrokes", defaultValue = "200", description = "Keystrokes to time (default 200).")
        private int keystrokes;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Editor(AppContext context, org.huiwu.i18n.Messages messages) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            Path folder = Files.createTempDirectory("huiwu-editor-bench").resolve("archive");
            EditorBench.Result result = EditorBench.run(context, folder, pairs, keystrokes);
            var out = spec.commandLine().getOut();
            out.println(result.line());
            out.flush();
            EditorBench.shutdown();
            return HuiwuCommand.DONE;
        }
    }

    @Command(name = "pdf", mixinStandardHelpOptions = true,
            description = "Writes a parallel protocol of N pages (the Chinese side's original) and prints the cold "
                    + "time (first document in this process, fonts loaded) and the warm median of 20 more, written after 20 "
                    + "unmeasured ones.")
    static final class Pdf implements Callable<Integer> {

        @Option(names = "--pages", defaultValue = "40", description = "Pages of the protocol (default 40).")
        private int pages;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (pages < 1 || pages > 2000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pages: from 1 to 2000");
            }
            var out = spec.commandLine().getOut();
            out.println(ProtocolBench.run(pages).line());
            out.flush();
            return HuiwuCommand.DONE;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Builds N aligned pairs from templates with random names, places, numbers and dates, "
                    + "indexes them (encrypted) and stores them in an encrypted H2 table, then times the search the "
                    + "UI makes (count, 50 hits, highlighted) for Chinese, Russian and Latin/number queries and the "
                    + "same queries as a LIKE scan. Prints build time, index size, distinct terms, p50/p95/p99 per "
                    + "language and heap used.")
    static final class Search implements Callable<Integer> {

        @Option(names = "--pairs", defaultValue = "1000000", description = "Aligned pairs (default 1000000).")
        private int pairs;

        @Option(names = "--seed", defaultValue = "20261127", description = "Random seed (default 20261127).")
        private long seed;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "A new folder for the index and table (default: a temporary folder, deleted after).")
        private Path dir;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (pairs < 100 || pairs > 20_000_000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pairs: from 100 to 20000000");
            }
            Path folder = dir != null ? dir.toAbsolutePath() : Files.createTempDirectory("huiwu-search-bench");
            PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            try {
                var out = spec.commandLine().getOut();
                out.println(org.huiwu.store.search.SearchBench.run(folder, pairs, seed, progress).text());
                out.flush();
            } finally {
                if (dir == null) {
                    try (var files = Files.walk(folder)) {
                        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
            return HuiwuCommand.DONE;
        }
    }
}
