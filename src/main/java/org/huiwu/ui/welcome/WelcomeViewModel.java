// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.welcome;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.archive.PassphrasePolicy;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.ui.UiContext;

/** First start: create the user's own archive, or open the sample one (created on first use). */
public final class WelcomeViewModel {

    private final ArchiveAccess archives;
    private final UiContext.Folders folders;
    private final SettingsService settings;
    private final Messages messages;
    private final Clock clock;

    private final StringProperty archiveName = new SimpleStringProperty("");
    /** The first user's name, a representative; blank: the operating system's user name. */
    private final StringProperty userName = new SimpleStringProperty("");
    private final ObjectProperty<Side> homeSide = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private Consumer<ArchiveSession> onOpened = session -> { };

    public WelcomeViewModel(ArchiveAccess archives, UiContext.Folders folders, SettingsService settings,
                            Messages messages, Clock clock) {
        this.archives = archives;
        this.folders = folders;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        language.set(settings.current().language());
        language.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                settings.update(settings.current().withLanguage(chosen));
            }
        });
    }

    public void onOpened(Consumer<ArchiveSession> listener) {
        this.onOpened = listener;
    }

    /** Name and home side are needed: the side decides which original is "ours" and cannot change later. */
    public BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(
                () -> !archiveName.get().isBlank() && homeSide.get() != null && !busy.get(),
                archiveName, homeSide, busy);
    }

    /**
     * Creates the user's archive in the archive folder, locked by the passphrase, and opens it; on failure says why
     * and keeps the name and side. Both arrays are wiped before this returns.
     */
    public boolean createArchive(char[] passphrase, char[] repeated) {
        try {
            if (!canCreate().get()) {
                return false;
            }
            Optional<String> problem = PassphrasePolicy.check(passphrase, repeated);
            if (problem.isPresent()) {
                error.set(messages.get(problem.get(), PassphrasePolicy.MIN_LENGTH));
                return false;
            }
            return attempt(() -> archives.create(folders.archive(), archiveName.get(), homeSide.get(), false,
                    userName.get(), passphrase));
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    /**
     * Opens the sample archive, creating and filling it the first time. Slow the first time: the view calls it off
     * the UI thread, then runs the returned step on the UI thread (or reports the failure to {@link #failed}).
     */
    public Runnable loadSample() {
        OpenArchive archive = sampleArchive();
        return () -> opened(archive);
    }

    private OpenArchive sampleArchive() {
        if (archives.peek(folders.sample()).isPresent()) {
            return archives.open(folders.sample(), SampleArchive.PASSPHRASE.toCharArray());
        }
        OpenArchive created = archives.create(folders.sample(), SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.REPRESENTATIVE, SampleArchive.PASSPHRASE.toCharArray());
        try {
            SampleArchive.fill(created);
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
        return created;
    }

    private void opened(OpenArchive archive) {
        error.set("");
        onOpened.accept(new ArchiveSession(archive, clock));
    }

    public void failed(Throwable problem) {
        error.set(problem instanceof ArchiveException e ? messages.get(e.reason().messageKey(), e.detail())
                : messages.get("welcome.sample.failed"));
    }

    private boolean attempt(java.util.function.Supplier<OpenArchive> opening) {
        error.set("");
        try {
            opened(opening.get());
            return true;
        } catch (ArchiveException e) {
            failed(e);
            return false;
        }
    }

    /** Where the user's archive belongs (a restore on this screen goes there when it is free). */
    public java.nio.file.Path archiveFolder() {
        return folders.archive();
    }

    public String archiveFolderText() {
        return messages.get("welcome.create.folder", folders.archive());
    }

    public String samplePassphraseText() {
        return messages.get("welcome.sample.passphrase", SampleArchive.PASSPHRASE);
    }

    public String sampleFolderText() {
        return messages.get("welcome.sample.folder", folders.sample());
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty archiveNameProperty() {
        return archiveName;
    }

    public ObjectProperty<Side> homeSideProperty() {
        return homeSide;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
