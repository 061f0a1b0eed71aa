// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.io.UncheckedIOException;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.huiwu.ui.UiContext;

/**
 * The user's choices for the app itself, applied the moment they are made (no Save button), and the folders the
 * app uses, shown so they can be copied.
 */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final UiContext.Folders folders;
    private final Messages messages;

    private final ObservableList<Language> languages =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(Language.values()));
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Integer> idleLockMinutes;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper demoKey = new ReadOnlyStringWrapper("");

    public SettingsViewModel(SettingsService settings, UiContext.Folders folders, Messages messages) {
        this.settings = settings;
        this.folders = folders;
        this.messages = messages;
        UserSettings current = settings.current();
        this.language = new SimpleObjectProperty<>(current.language());
        this.theme = new SimpleObjectProperty<>(current.theme());
        this.idleLockMinutes = new SimpleObjectProperty<>(current.idleLockMinutes());
        idleLockMinutes.addListener((obs, old, chosen) -> {
            if (chosen == null || chosen < 0 || chosen > UserSettings.LONGEST_IDLE_LOCK_MINUTES) {
                idleLockMinutes.set(settings.current().idleLockMinutes());
            } else {
                apply(settings.current().withIdleLockMinutes(chosen));
            }
        });
        // "No choice" (a cleared selection) is not a setting: fall back to what is in force.
        language.addListener((obs, old, chosen) -> {
            if (chosen == null) {
                language.set(settings.current().language());
            } else {
                apply(settings.current().withLanguage(chosen));
            }
        });
        theme.addListener((obs, old, chosen) -> {
            if (chosen == null) {
                theme.set(settings.current().theme());
            } else {
                apply(settings.current().withTheme(chosen));
            }
        });
    }

    public ObservableList<Language> languages() {
        return languages;
    }

    /** The UI language; setting it saves it at once, and the app rebuilds the window in that language. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Each language by its own name (中文, Русский, English), so anyone finds theirs whatever the UI speaks. */
    public String displayName(Language value) {
        return value == null ? "" : value.nativeName();
    }

    /** Light or dark; setting it saves it and the app restyles at once. */
    public boolean isDarkTheme() {
        return theme.get() == Theme.DARK;
    }

    /** The view's two choices, so it need not know the service's enum. */
    public void chooseDarkTheme(boolean dark) {
        theme.set(dark ? Theme.DARK : Theme.LIGHT);
    }

    /** Minutes without input after which the archive locks; 0 never locks. Saved at once. */
    public ObjectProperty<Integer> idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    public int longestIdleLockMinutes() {
        return UserSettings.LONGEST_IDLE_LOCK_MINUTES;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Why the last choice could not be kept, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String archiveFolder() {
        return folders.archive().toString();
    }

    public String sampleFolder() {
        return folders.sample().toString();
    }

    public String dataFolder() {
        return folders.data().toString();
    }

    public String logFolder() {
        return folders.logs().toString();
    }

    /**
     * Makes a self-signed demo key pair for trying out signing, in the data folder, protected by {@code password}
     * (wiped afterwards, as is {@code repeated}). The certificate, the visible signature and every verification
     * mark it as DEMO. The outcome, or why not, is in {@link #demoKeyProperty()}.
     */
    public void createDemoKey(String name, char[] password, char[] repeated) {
        try {
            if (name == null || name.isBlank()) {
                demoKey.set(messages.get("settings.demoKey.noName"));
                return;
            }
            if (password.length < 8 || !java.util.Arrays.equals(password, repeated)) {
                demoKey.set(messages.get("settings.demoKey.badPassword"));
                return;
            }
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .format(java.time.LocalDateTime.now());
            java.nio.file.Path file = folders.data().resolve("demo-signing-key-" + stamp + ".p12");
            org.huiwu.pdf.signature.DemoKeys.create(name, password, file, java.time.Instant.now());
            demoKey.set(messages.get("settings.demoKey.created", file.toString(),
                    org.huiwu.pdf.signature.DemoKeys.ALIAS));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            demoKey.set(messages.get("settings.demoKey.failed", String.valueOf(e.getMessage())));
        } finally {
            java.util.Arrays.fill(password, '\0');
            java.util.Arrays.fill(repeated, '\0');
        }
    }

    public ReadOnlyStringProperty demoKeyProperty() {
        return demoKey.getReadOnlyProperty();
    }

    private void apply(UserSettings wanted) {
        UserSettings current = settings.current();
        // Choosing what is already in force must neither write the file nor make the app rebuild its window.
        if (wanted.equals(current)) {
            return;
        }
        try {
            settings.update(wanted);
            error.set("");
        } catch (UncheckedIOException e) {
            error.set(messages.get("settings.error.save", e.getCause().toString()));
            // Show what is really in force: the choice was not saved, so it was not applied either.
            language.set(current.language());
            theme.set(current.theme());
        }
    }
}
