// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.EditorAids;
import org.huiwu.ui.record.MinutesEditorViewModel;
import org.huiwu.ui.record.MinutesPane;
import org.huiwu.ui.record.PeopleNames;
import org.huiwu.ui.record.WritingAssist;

/**
 * {@code bench editor --pairs N}: stores minutes of N clauses in a new archive, then measures, in a real window,
 * how long opening them in the editor takes (load from the archive to the first frame drawn) and the latency from a
 * keystroke to the frame that shows it. A benchmark that prints figures, not a test.
 */
public final class EditorBench {

    /** The figures, all in milliseconds. */
    public record Result(int pairs, double loadMillis, double firstOpenMillis, double openMillis, int keystrokes,
                         double p50, double p95, double max, double saveMillis) {
        public String line() {
            return String.format(Locale.ROOT, "pairs=%d load_ms=%.0f first_open_ms=%.0f open_ms=%.0f keystrokes=%d "
                    + "keystroke_p50_ms=%.1f keystroke_p95_ms=%.1f keystroke_max_ms=%.1f autosave_ms=%.0f", pairs,
                    loadMillis, firstOpenMillis, openMillis, keystrokes, p50, p95, max, saveMillis);
        }
    }

    private EditorBench() {
    }

    public static Result run(AppContext context, Path folder, int pairs, int keystrokes) throws Exception {
        char[] passphrase = "bench-editor".toCharArray();
        long meetingId;
        org.huiwu.service.archive.OpenArchive created = context.archives().create(folder, "bench", Side.CHINA, true,
                passphrase);
        SampleArchive.fill(created);
        try (ArchiveSession session = new ArchiveSession(created, context.clock())) {
            meetingId = fill(session, pairs);
        }
        startToolkit();
        try (ArchiveSession session = context.openSession(folder, passphrase)) {
            return measure(session, meetingId, pairs, keystrokes, context.clock());
        }
    }

    /** One meeting of the sample without minutes gets minutes of N clauses. */
    private static long fill(ArchiveSession session, int pairs) {
        Meeting meeting = session.schedule().meetings().get(0);
        Provenance by = new Provenance(Side.CHINA, null, java.time.Instant.parse("2026-11-27T08:00:00Z"));
        List<AlignedPair> list = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            int n = i + 1;
            String zh = "第" + n + "条。双方边界代表同意于" + (1 + n % 28) + "日在会晤站就第" + n
                    + "号界标附近的巡逻安排交换信息，并在" + (n % 12 + 1) + "月底前通报结果。";
            String ru = n + ". Пограничные представители договорились " + (1 + n % 28) + "-го числа обменяться "
                    + "на пункте встреч информацией о порядке патрулирования у пограничного знака № " + n
                    + " и сообщить результаты до конца " + (n % 12 + 1) + "-го месяца.";
            list.add(new AlignedPair(UUID.randomUUID(), new PairSide(zh, by, null), new PairSide(ru, by, null)));
        }
        session.minutes().save(new Minutes(UUID.randomUUID(), meeting.id(), 1, MinutesState.DRAFT, list));
        return meeting.id();
    }

    /** A window needs a display; without one, Monocle's headless glass (when on the class path) stands in. */
    private static void startToolkit() throws InterruptedException {
        boolean display = System.getenv("DISPLAY") != null || !System.getProperty("os.name", "")
                .toLowerCase(Locale.ROOT).contains("linux");
        if (!display && System.getProperty("glass.platform") == null && monoclePresent()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        if (!display && System.getProperty("glass.platform") == null) {
            throw new IllegalStateException("bench editor needs a display: run it under xvfb-run on a server");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    /** Ends the toolkit the bench started, so the command can return. */
    public static void shutdown() {
        Platform.exit();
    }

    private static boolean monoclePresent() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Result measure(ArchiveSession session, long meetingId, int pairs, int keystrokes, Clock clock)
            throws Exception {
        Messages messages = Messages.of(Language.ENGLISH);
        Formats formats = new Formats(Language.ENGLISH);
        AtomicLong pulse = new AtomicLong();
        // Reading the minutes from the archive alone, then the whole way to the first frame.
        long loadStart = System.nanoTime();
        session.minutes().current(meetingId);
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        // The first window pays for starting the toolkit, the window and the stylesheets; opening minutes in the
        // running app costs what the second opening in the same window costs. Both are printed.
        Opened first = open(session, meetingId, clock, messages, formats, pulse, null);
        double firstOpenMillis = first.millis();
        Opened window = open(session, meetingId, clock, messages, formats, pulse, first.scene());
        double openMillis = window.millis();
        Scene scene = window.scene();
        MinutesEditorViewModel viewModel = window.viewModel();

        double[] latencies = new double[keystrokes];
        for (int i = 0; i < keystrokes; i++) {
            CompletableFuture<Long> typed = new CompletableFuture<>();
            int index = i;
            Platform.runLater(() -> {
                var target = scene.lookup("#pair-" + (1 + (index / 50)) + "-zh");
                if (target == null) {
                    target = scene.lookup(".pair-text");
                }
                target.requestFocus();
                long t0 = System.nanoTime();
                KeyEvent.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, index % 2 == 0 ? "边" : "a", "",
                        KeyCode.UNDEFINED, false, false, false, false));
                typed.complete(t0);
            });
            long t0 = typed.get(30, TimeUnit.SECONDS);
            long shown = awaitPulseAfter(pulse, t0);
            latencies[i] = (shown - t0) / 1e6;
        }
        CompletableFuture<Double> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            viewModel.saveNow();
            saved.complete((System.nanoTime() - t0) / 1e6);
            window.stage().close();
        });
        double saveMillis = saved.get(60, TimeUnit.SECONDS);
        Arrays.sort(latencies);
        return new Result(pairs, loadMillis, firstOpenMillis, openMillis, keystrokes, percentile(latencies, 0.50), percentile(latencies, 0.95),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1], saveMillis);
    }

    /** Opens the minutes in a new window; returns stage, view model, scene and the milliseconds to the first frame. */
    /** An opened editor window and how long it took to its first frame. */
    private record Opened(Stage stage, MinutesEditorViewModel viewModel, Scene scene, double millis) {
    }

    private static Opened open(ArchiveSession session, long meetingId, Clock clock, Messages messages,
                                 Formats formats, AtomicLong pulse, Scene shown) throws Exception {
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        long openStart = System.nanoTime();
        Platform.runLater(() -> {
            try {
                Fonts.load();
                Stage stage = shown == null ? new Stage() : (Stage) shown.getWindow();
                // With the parity findings and the writing assist, as in the app: typing must stay fast with them.
                MinutesEditorViewModel viewModel = new MinutesEditorViewModel(session.minutes(),
                        new EditorAids(session::parityReview, new WritingAssist(session.terms(), session.memory())),
                        clock, Runnable::run, Runnable::run);
                MinutesPane pane = new MinutesPane(viewModel, new ViewSupport(stage, messages, formats),
                        new PeopleNames(session.registers()));
                pane.show(meetingId);
                if (shown != null) {
                    // As in the app: the window is up, the minutes replace what it showed.
                    shown.setRoot((javafx.scene.Parent) pane.root());
                    opened.complete(new Opened(stage, viewModel, shown, 0));
                    return;
                }
                Scene scene = new Scene((javafx.scene.Parent) pane.root(), 1400, 900);
                Themes.apply(org.huiwu.service.settings.Theme.LIGHT);
                Themes.style(scene);
                scene.addPostLayoutPulseListener(() -> pulse.set(System.nanoTime()));
                stage.setScene(scene);
                stage.show();
                opened.complete(new Opened(stage, viewModel, scene, 0));
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        Opened window = opened.get(120, TimeUnit.SECONDS);
        awaitPulseAfter(pulse, System.nanoTime());
        return new Opened(window.stage(), window.viewModel(), window.scene(),
                (System.nanoTime() - openStart) / 1e6);
    }

    /** Waits until a layout pulse (the scene is about to be drawn) happened after {@code after}; returns its time. */
    private static long awaitPulseAfter(AtomicLong pulse, long after) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pulse.get() <= after) {
            Platform.runLater(Platform::requestNextPulse);
            Thread.sleep(0, 200_000);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no frame within 30 s");
            }
        }
        return pulse.get();
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
