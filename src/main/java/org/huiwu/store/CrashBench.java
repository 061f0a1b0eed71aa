// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.register.RegisterService;
import org.huiwu.store.crypto.KeyDerivation;

/**
 * Proves that a confirmed save survives kill -9: a writer process saves back to back through the same service
 * call the UI uses and prints each save once it is confirmed; it is killed right after a randomly chosen confirmed
 * save plus random jitter; then the archive is opened and every confirmed save must be there, once.
 */
public final class CrashBench {

    static final String PASSPHRASE = "crash-bench passphrase";
    static final String CONFIRMED = "confirmed ";
    private static final int OPEN_TIMEOUT_SECONDS = 120;

    private CrashBench() {
    }

    /**
     * What the bench counted. killedMidWrite: kills that tore a journal entry; restoredByJournal: confirmed saves the
     * database itself had lost and the journal gave back.
     */
    public record Result(int kills, int confirmed, int lost, int duplicates, int failedOpens, int killedMidWrite,
                         int restoredByJournal) {

        public boolean clean() {
            return lost == 0 && duplicates == 0 && failedOpens == 0;
        }

        /** The line the bench prints: kills=N lost=L duplicates=D failed_opens=F (and what else it counted). */
        public String line() {
            return "kills=" + kills + " lost=" + lost + " duplicates=" + duplicates + " failed_opens=" + failedOpens
                    + " confirmed=" + confirmed + " killed_mid_write=" + killedMidWrite
                    + " restored_from_journal=" + restoredByJournal;
        }
    }

    /**
     * Runs the kills on as many archives side by side as there are cores (at most two): each kill costs a JVM start,
     * which uses one core, so two lanes halve the wall time of the 200 kills. Each lane has its own archive
     * ({@code folder/lane-N}) and writer; the result adds the lanes up.
     */
    public static Result run(Path folder, int kills, long seed, PrintStream progress)
            throws IOException, InterruptedException {
        int lanes = Math.max(1, Math.min(2, Math.min(kills, Runtime.getRuntime().availableProcessors())));
        if (lanes == 1) {
            return lane(folder, kills, seed, progress, "");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(lanes);
        try {
            List<java.util.concurrent.Future<Result>> results = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int share = kills / lanes + (lane < kills % lanes ? 1 : 0);
                Path laneFolder = folder.resolve("lane-" + (lane + 1));
                long laneSeed = seed + lane;
                String tag = "lane " + (lane + 1) + ": ";
                results.add(pool.submit(() -> lane(laneFolder, share, laneSeed, progress, tag)));
            }
            Result total = new Result(0, 0, 0, 0, 0, 0, 0);
            for (java.util.concurrent.Future<Result> result : results) {
                Result one;
                try {
                    one = result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
                total = new Result(total.kills() + one.kills(), total.confirmed() + one.confirmed(),
                        total.lost() + one.lost(), total.duplicates() + one.duplicates(),
                        total.failedOpens() + one.failedOpens(), total.killedMidWrite() + one.killedMidWrite(),
                        total.restoredByJournal() + one.restoredByJournal());
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result lane(Path folder, int kills, long seed, PrintStream progress, String tag)
            throws IOException, InterruptedException {
        java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor(
                runnable -> {
                    Thread thread = new Thread(runnable, "crash-bench-check");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            return lane(folder, kills, seed, progress, checker, tag);
        } finally {
            checker.shutdownNow();
        }
    }

    private static Result lane(Path folder, int kills, long seed, PrintStream progress,
                               java.util.concurrent.ExecutorService checker, String tag)
            throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        Path passphraseFile = folder.resolveSibling(folder.getFileName() + ".passphrase");
        Files.writeString(passphraseFile, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        // A cheap key derivation: this measures durability, not unlocking.
        H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
        try (OpenArchive created = access.create(folder, "crash bench", Side.CHINA, false,
                PASSPHRASE.toCharArray())) {
            // The meeting whose minutes the writer extends clause by clause, as the editor's autosave does.
            Place station = created.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    Bilingual.of("测试会晤站", "Тестовый пункт встреч"), ZoneId.of("Asia/Shanghai")));
            java.time.Instant start = java.time.Instant.parse("2026-11-27T02:00:00Z");
            created.meetings().save(new Meeting(null, java.util.UUID.randomUUID(), MeetingLevel.TALKS,
                    Bilingual.of("崩溃测试会谈", "Переговоры для проверки"), start, start.plusSeconds(3600),
                    station.zone(), station.id(), Side.CHINA, MeetingStatus.HELD, List.of()));
        }
        Random random = new Random(seed);
        Set<String> confirmed = new HashSet<>();
        int lost = 0;
        int duplicates = 0;
        int failedOpens = 0;
        int midWrite = 0;
        int restoredByJournal = 0;
        long writerNanos = 0;
        long checkNanos = 0;
        for (int run = 1; run <= kills; run++) {
            long t0 = System.nanoTime();
            confirmed.addAll(killWriterOnce(folder, passphraseFile, run, random));
            long t1 = System.nanoTime();
            writerNanos += t1 - t0;
            java.util.concurrent.Future<Check> pending = checker.submit(() -> check(access, folder, confirmed));
            try {
                Check check = pending.get(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                midWrite += check.torn() ? 1 : 0;
                restoredByJournal += check.restored();
                lost = check.lost();
                duplicates = check.duplicates();
            } catch (java.util.concurrent.ExecutionException e) {
                failedOpens++;
                Throwable cause = e.getCause();
                StringBuilder chain = new StringBuilder(String.valueOf(cause));
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                    chain.append(" <- ").append(cause);
                }
                progress.println(tag + "open failed after kill " + run + ": " + chain);
            } catch (java.util.concurrent.TimeoutException e) {
                // A hang must fail the bench, not stall it: the hung open keeps the archive, so stop here.
                failedOpens++;
                progress.println(tag + "open hung for " + OPEN_TIMEOUT_SECONDS + " s after kill " + run);
                return new Result(run, confirmed.size(), lost, duplicates, failedOpens, midWrite, restoredByJournal);
            }
            checkNanos += System.nanoTime() - t1;
            if (run % 25 == 0 || run == kills) {
                progress.println(tag + "after " + run + " kills: confirmed=" + confirmed.size() + " lost=" + lost
                        + " duplicates=" + duplicates + " failed_opens=" + failedOpens + " (writer "
                        + writerNanos / 1_000_000 / run + " ms, check " + checkNanos / 1_000_000 / run + " ms per kill)");
            }
        }
        return new Result(kills, confirmed.size(), lost, duplicates, failedOpens, midWrite, restoredByJournal);
    }

    /** Opens the archive after a kill and counts the confirmed saves it holds. */
    private static Check check(H2ArchiveAccess access, Path folder, Set<String> confirmed) {
        try (OpenArchive archive = access.open(folder, PASSPHRASE.toCharArray())) {
            H2Archive.Replay replay = access.lastReplay();
            Map<String, Integer> names = new HashMap<>();
            for (Place place : archive.places().findAll()) {
                names.merge(place.name().ru(), 1, Integer::sum);
            }
            long meetingId = archive.meetings().findAll().get(0).id();
            archive.minutes().latest(meetingId).ifPresent(minutes -> minutes.pairs()
                    .forEach(pair -> names.merge(pair.ru().text(), 1, Integer::sum)));
            int lost = (int) confirmed.stream().filter(name -> !names.containsKey(name)).count();
            int duplicates = (int) names.values().stream().filter(count -> count > 1).count();
            return new Check(lost, duplicates, replay.tornBytes() > 0, replay.restored());
        }
    }

    private record Check(int lost, int duplicates, boolean torn, int restored) {
    }

    /** Starts a writer, kills it after a random confirmed save plus jitter; returns what it confirmed. */
    private static List<String> killWriterOnce(Path folder, Path passphraseFile, int run, Random random)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dhuiwu.logdir=" + folder.resolveSibling(folder.getFileName() + "-logs"),
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), CrashBench.class.getName(),
                folder.toString(), passphraseFile.toString(), Integer.toString(run))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int target = 1 + random.nextInt(20);
        List<String> confirmed = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(CONFIRMED)) {
                confirmed.add(line.substring(CONFIRMED.length()));
                if (confirmed.size() == target) {
                    break;
                }
            }
        }
        Thread.sleep(random.nextInt(15));
        // SIGKILL through the process handle: Process.destroyForcibly would also close our end of its output.
        writer.toHandle().destroyForcibly();
        // What the writer confirmed before it died counts too.
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(CONFIRMED)) {
                confirmed.add(line.substring(CONFIRMED.length()));
            }
        }
        if (!writer.waitFor(30, TimeUnit.SECONDS)) {
            throw new IOException("Writer did not die");
        }
        return confirmed;
    }

    /**
     * The writer process, kept light: no command line parsing, no settings, only the store and the service.
     * Arguments: archive folder, passphrase file, run number.
     */
    public static void main(String[] args) throws IOException {
        String passphrase = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).get(0);
        write(Path.of(args[0]), passphrase.toCharArray(), Integer.parseInt(args[2]),
                new PrintStream(System.out, false, StandardCharsets.UTF_8));
    }

    /**
     * The writer: saves back to back, alternately a place through the register service and a new clause of the
     * minutes through the minutes service (the editor's autosave call), and prints each save once it returned.
     */
    public static void write(Path folder, char[] passphrase, int run, PrintStream out) {
        OpenArchive archive = new H2ArchiveAccess(KeyDerivation.forTests()).open(folder, passphrase);
        RegisterService registers = new RegisterService(archive.places(), archive.people());
        MinutesService minutes = new MinutesService(archive.minutes(), archive.meetings(), archive.attendance(),
                Side.CHINA, java.time.Clock.systemUTC());
        long meetingId = archive.meetings().findAll().get(0).id();
        MinutesDocument document = new MinutesDocument(minutes.current(meetingId));
        for (int n = 1; ; n++) {
            String name;
            if (n % 2 == 1) {
                name = "Проверка " + run + "-" + n;
                registers.save(Place.create(PlaceKind.OTHER, Side.CHINA, Bilingual.of("崩溃测试 " + run + "-" + n,
                        name), ZoneId.of("Asia/Shanghai")));
            } else {
                name = "Пункт " + run + "-" + n;
                java.util.UUID pair = document.insertPair(document.minutes().pairs().size());
                Provenance by = minutes.provenance(null);
                document.type(pair, RecordLanguage.ZH, "条款 " + run + "-" + n, by);
                document.type(pair, RecordLanguage.RU, name, by);
                minutes.save(document.minutes());
            }
            out.println(CONFIRMED + name);
            out.flush();
        }
    }
}
