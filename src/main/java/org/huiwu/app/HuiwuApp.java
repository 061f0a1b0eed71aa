// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.settings.UserSettings;
import org.huiwu.ui.Area;
import org.huiwu.ui.MainView;
import org.huiwu.ui.UiContext;
import org.huiwu.ui.ViewFactory;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.unlock.UnlockView;
import org.huiwu.ui.unlock.UnlockViewModel;
import org.huiwu.ui.welcome.WelcomeView;
import org.huiwu.ui.welcome.WelcomeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX entry point: opens the archive (or the welcome screen when there is none yet) and rebuilds the window
 * when the user changes the language or theme.
 */
public final class HuiwuApp extends Application {

    /** When set, the app prints the time from JVM start to a usable main window and exits (startup benchmark). */
    public static final String STARTUP_PROBE = "huiwu.startupProbe";

    private static final Logger LOG = LoggerFactory.getLogger(HuiwuApp.class);
    /** Restores started on the welcome screen, off the FX thread. */
    private static final java.util.concurrent.Executor RESTORES = java.util.concurrent.Executors
            .newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "huiwu-restore");
                thread.setDaemon(true);
                return thread;
            });

    private AppContext context;
    private Stage stage;
    private Scene scene;
    private Path archiveFolder;
    private volatile ArchiveSession session;
    private Path sessionFolder;
    private MainView mainView;
    private UserSettings applied;
    private IdleLock idleLock;
    private javafx.util.Duration idleMinute = javafx.util.Duration.minutes(1);
    /** The daily backup of whatever archive is open; checks run on a thread of their own. */
    private org.huiwu.service.backup.DailyBackups dailyBackups;
    private volatile boolean dailyFailureShown;
    private org.huiwu.service.backup.DailyBackups.Ticker backupTicker =
            org.huiwu.service.backup.DailyBackups.onBackgroundThread();

    public static void launchWindow(String[] args) {
        Application.launch(HuiwuApp.class, args);
    }

    /** Tests start the app with a context of their own. */
    public static HuiwuApp withContext(AppContext context, Path archiveFolder) {
        HuiwuApp app = new HuiwuApp();
        app.context = context;
        app.archiveFolder = archiveFolder;
        return app;
    }

    @Override
    public void start(Stage primaryStage) {
        if (context == null) {
            context = AppContext.forCurrentUser();
            archiveFolder = archiveFolderFrom(getParameters().getRaw(), context);
        }
        stage = primaryStage;
        explainRefusalsByRole();
        long begin = System.nanoTime();
        Fonts.load();
        long fonts = System.nanoTime();
        Themes.apply(context.settings().current().theme());
        scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        Themes.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        var icon = HuiwuApp.class.getResourceAsStream("/org/huiwu/ui/huiwu.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        applied = context.settings().current();
        context.settings().onChange(this::settingsChanged);
        idleLock = new IdleLock(scene, this::lock, idleMinute);
        dailyBackups = new org.huiwu.service.backup.DailyBackups(context.backups(),
                () -> java.util.Optional.ofNullable(openArchive()),
                written -> {
                    LOG.info("Daily backup: {}", written.file());
                    dailyFailureShown = false;
                },
                failed -> Platform.runLater(() -> reportDailyFailure(failed)));
        dailyBackups.start(backupTicker);
        idleLock.setMinutes(applied.idleLockMinutes());
        long window = System.nanoTime();
        showStart();
        long archive = System.nanoTime();
        stage.show();
        LOG.info("Start: fonts {} ms, theme and window {} ms, archive and views {} ms, shown {} ms",
                (fonts - begin) / 1_000_000, (window - fonts) / 1_000_000, (archive - window) / 1_000_000,
                (System.nanoTime() - archive) / 1_000_000);
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            reportStartupAndExit();
        }
    }

    /**
     * A write the user's role does not allow is refused by the services whatever control started it: if no view
     * handled the refusal, it is explained here in the user's language (the controls the role lacks are hidden or
     * disabled, so this is a safety net).
     */
    private void explainRefusalsByRole() {
        Thread fxThread = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((thread, failure) -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.huiwu.domain.access.AccessDeniedException denied) {
                    org.huiwu.i18n.Messages messages = org.huiwu.i18n.Messages.of(
                            context.settings().current().language());
                    org.huiwu.ui.common.Dialogs.error(stage, messages,
                            org.huiwu.i18n.AccessTexts.denied(messages, denied), "");
                    return;
                }
            }
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else if (thread.getThreadGroup() != null) {
                thread.getThreadGroup().uncaughtException(thread, failure);
            }
        });
    }

    @Override
    public void stop() {
        if (dailyBackups != null) {
            dailyBackups.close();
        }
        backUpOnExit();
        closeSession();
    }

    /** The backup on exit, after the editors saved what they hold; a failure is logged, never blocks the exit. */
    private void backUpOnExit() {
        if (session == null) {
            return;
        }
        leaveMain();
        mainView = null;
        try {
            context.backups().backupOnExit(session.archive())
                    .ifPresent(written -> LOG.info("Backup on exit: {}", written.file()));
        } catch (RuntimeException e) {
            LOG.error("Backup on exit failed", e);
        }
    }

    /** Closes the open archive and shows the unlock screen of another folder (a restored archive). */
    private void openOther(Path folder) {
        closeOtherWindows();
        closeSession();
        sessionFolder = folder;
        showUnlock(folder, Area.SCHEDULE);
    }

    /**
     * Closes the open archive (already backed up), moves it aside and the restored archive into its folder, then
     * asks for the passphrase. If the move fails, the old archive stays where it was and opens again.
     */
    private void replaceOpen(Path restored) {
        Path current = sessionFolder;
        closeOtherWindows();
        closeSession();
        UiContext ui = uiContext();
        try {
            Path kept = context.backups().swapIn(current, restored);
            showUnlock(current, Area.SCHEDULE);
            Dialogs.info(stage, ui.messages(), ui.messages().get("backup.replaced"),
                    ui.messages().get("backup.replaced.kept", kept.toString()));
        } catch (org.huiwu.service.backup.BackupException e) {
            LOG.error("Replacing the archive in {} failed", current, e);
            showUnlock(current, Area.SCHEDULE);
            Dialogs.error(stage, ui.messages(), ui.messages().get("backup.replaceFailed"),
                    ui.messages().get(e.reason().messageKey(), e.detail()));
        }
    }

    private void closeOtherWindows() {
        for (javafx.stage.Window window : List.copyOf(javafx.stage.Window.getWindows())) {
            if (window != stage && window instanceof Stage other) {
                other.close();
            }
        }
    }

    private static Path archiveFolderFrom(List<String> args, AppContext context) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--archive")) {
                return Path.of(args.get(i + 1)).toAbsolutePath();
            }
        }
        return context.directories().defaultArchive();
    }

    private UiContext uiContext() {
        Messages messages = Messages.of(context.settings().current().language());
        return new UiContext(stage, messages, new Formats(messages.language()), context.clock(),
                context.archives(), context.settings(), context.treaty(),
                new UiContext.Folders(archiveFolder, context.directories().sampleArchive(),
                        context.directories().data(), context.directories().logs()),
                session, context.backups(), new org.huiwu.ui.ArchiveSwitch() {
                    @Override
                    public void open(Path folder) {
                        openOther(folder);
                    }

                    @Override
                    public void replaceOpenWith(Path restored) {
                        replaceOpen(restored);
                    }
                });
    }

    /** The archive's unlock screen when it exists, else the welcome screen. */
    private void showStart() {
        try {
            if (context.archives().peek(archiveFolder).isPresent()) {
                showUnlock(archiveFolder, Area.SCHEDULE);
                return;
            }
        } catch (ArchiveException e) {
            LOG.warn("Archive {} not readable: {}", archiveFolder, e.reason());
            UiContext ui = uiContext();
            showWelcome();
            Dialogs.error(stage, ui.messages(), ui.messages().get("welcome.openFailed"),
                    ui.messages().get(e.reason().messageKey(), e.detail()));
            return;
        }
        showWelcome();
    }

    private void showUnlock(Path folder, Area area) {
        UiContext ui = uiContext();
        mainView = null;
        var info = context.archives().peek(folder).orElseThrow();
        UnlockViewModel viewModel = new UnlockViewModel(ui.archives(), folder, info, context.unlockThrottle(),
                ui.messages(), ui.clock());
        viewModel.onOpened(opened -> {
            closeSession();
            session = opened;
            sessionFolder = folder;
            showMain(area);
        });
        ViewLoader.Loaded<UnlockView> loaded = new ViewLoader(ui.messages(),
                type -> new UnlockView(viewModel, new org.huiwu.ui.common.ViewSupport(stage, ui.messages(),
                        ui.formats()))).load(UnlockView.class);
        stage.setTitle(ui.messages().get("app.name") + " — " + info.name()
                + (info.sample() ? " — " + ui.messages().get("archive.sampleBadge") : ""));
        setRoot(loaded.root());
    }

    /** Idle for too long, or "Lock now": close the archive (the key leaves memory) and ask for the passphrase. */
    private void lock() {
        if (session == null || sessionFolder == null) {
            return;
        }
        Area area = mainView == null ? Area.SCHEDULE : mainView.viewModel().areaProperty().get();
        Path folder = sessionFolder;
        // Dialogs of the archive's views would outlive it: close them first.
        for (javafx.stage.Window window : List.copyOf(javafx.stage.Window.getWindows())) {
            if (window != stage && window instanceof Stage other) {
                other.close();
            }
        }
        closeSession();
        LOG.info("Archive locked");
        showUnlock(folder, area);
    }

    private void opened(ArchiveSession newSession) {
        closeSession();
        session = newSession;
        sessionFolder = newSession.folder();
        showMain(Area.SCHEDULE);
    }

    private void showMain(Area area) {
        long begin = System.nanoTime();
        UiContext ui = uiContext();
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(ui.messages(), new ViewFactory(ui)).load(MainView.class);
        mainView = loaded.view();
        mainView.viewModel().areaProperty().set(area);
        mainView.viewModel().onLock(this::lock);
        stage.setTitle(mainView.windowTitle());
        setRoot(loaded.root());
        LOG.info("Main window built in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }

    private void showWelcome() {
        UiContext ui = uiContext();
        mainView = null;
        WelcomeViewModel viewModel = new WelcomeViewModel(ui.archives(), ui.folders(), ui.settings(), ui.messages(),
                ui.clock());
        viewModel.onOpened(this::opened);
        org.huiwu.ui.backup.BackupViewModel backups = new org.huiwu.ui.backup.BackupViewModel(context.backups(),
                context.settings(), java.util.Optional.empty(), ui.messages(), ui.formats(), context.clock().getZone(),
                RESTORES, Platform::runLater);
        ViewLoader.Loaded<WelcomeView> loaded = new ViewLoader(ui.messages(),
                type -> new WelcomeView(viewModel, backups, ui.archiveSwitch(),
                        new org.huiwu.ui.common.ViewSupport(stage, ui.messages(), ui.formats())))
                .load(WelcomeView.class);
        setRoot(loaded.root());
        stage.setTitle(ui.messages().get("app.name"));
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    /** Language and theme take effect at once: the window is rebuilt on the same area. */
    private void settingsChanged(UserSettings settings) {
        UserSettings before = applied;
        applied = settings;
        idleLock.setMinutes(settings.idleLockMinutes());
        if (before.language() == settings.language() && before.theme() == settings.theme()) {
            return;
        }
        Themes.apply(settings.theme());
        if (mainView != null) {
            leaveMain();
            showMain(mainView.viewModel().areaProperty().get());
        } else if (session == null && sessionFolder != null && context.archives().peek(sessionFolder).isPresent()) {
            showUnlock(sessionFolder, Area.SCHEDULE);
        } else {
            showWelcome();
        }
    }

    private void closeSession() {
        leaveMain();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The main window's areas save what they hold (the minutes editor's last second of typing). */
    private void leaveMain() {
        if (mainView != null && !mainView.viewModel().leave()) {
            LOG.warn("Some work could not be saved before the archive closed");
        }
    }

    /**
     * Tells the user once (not at every check, ten minutes apart) that the daily backup failed, and why; the next
     * successful one resets it.
     */
    private void reportDailyFailure(org.huiwu.service.backup.BackupException failure) {
        if (dailyFailureShown || session == null) {
            return;
        }
        dailyFailureShown = true;
        UiContext ui = uiContext();
        Dialogs.error(stage, ui.messages(), ui.messages().get("backup.dailyFailed"),
                ui.messages().get(failure.reason().messageKey(), failure.detail()));
    }

    /** The open archive, read from the daily backup's thread. */
    private org.huiwu.service.archive.OpenArchive openArchive() {
        ArchiveSession open = session;
        return open == null ? null : open.archive();
    }

    /** Tests replace the daily backup's ticker (no thread, no waiting). */
    HuiwuApp withBackupTicker(org.huiwu.service.backup.DailyBackups.Ticker ticker) {
        this.backupTicker = ticker;
        return this;
    }

    /** Tests shorten the idle lock's minute so that it runs out within the test. */
    HuiwuApp withIdleMinute(javafx.util.Duration minute) {
        this.idleMinute = minute;
        return this;
    }

    /** Waits for the first frames of the shown window, prints the time since the JVM started, and exits. */
    private void reportStartupAndExit() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup.ms=" + millis);
                    Platform.exit();
                }
            }
        }.start();
    }
}
