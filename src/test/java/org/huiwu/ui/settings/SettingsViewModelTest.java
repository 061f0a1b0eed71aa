// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.settings.SettingsStore;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.huiwu.ui.UiContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsViewModelTest {

    private static final UiContext.Folders FOLDERS = new UiContext.Folders(Path.of("/home/a/Huiwu/archive"),
            Path.of("/home/a/.local/share/huiwu/sample"), Path.of("/home/a/.local/share/huiwu"),
            Path.of("/home/a/.local/share/huiwu/logs"));

    /** Keeps the settings in memory and counts the saves; can be told to fail like a read-only disk. */
    private static final class InMemoryStore implements SettingsStore {
        UserSettings saved;
        int saves;
        boolean failing;

        InMemoryStore(UserSettings initial) {
            this.saved = initial;
        }

        @Override
        public UserSettings load() {
            return saved;
        }

        @Override
        public void save(UserSettings settings) {
            if (failing) {
                throw new UncheckedIOException(new IOException("read-only file system"));
            }
            saved = settings;
            saves++;
        }
    }

    private InMemoryStore store;
    private SettingsService service;
    private final List<UserSettings> applied = new ArrayList<>();
    private SettingsViewModel model;

    @BeforeEach
    void setUp() {
        store = new InMemoryStore(new UserSettings(Language.CHINESE, Theme.LIGHT));
        service = new SettingsService(store);
        service.onChange(applied::add);
        model = new SettingsViewModel(service, FOLDERS, Messages.of(Language.ENGLISH));
    }

    @Test
    void startsWithTheSettingsInForce() {
        assertThat(model.languageProperty().get()).isEqualTo(Language.CHINESE);
        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void offersEveryLanguageByItsOwnName() {
        assertThat(model.languages()).containsExactly(Language.values());
        assertThat(model.languages()).extracting(model::displayName).containsExactly("中文", "Русский", "English");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RUSSIAN", "ENGLISH"})
    void choosingALanguageSavesItAndTellsTheApp(Language language) {
        model.languageProperty().set(language);

        assertThat(store.saved).isEqualTo(new UserSettings(language, Theme.LIGHT));
        assertThat(service.current().language()).isEqualTo(language);
        assertThat(applied).containsExactly(new UserSettings(language, Theme.LIGHT));
    }

    @Test
    void choosingTheDarkThemeSavesItAndTellsTheApp() {
        model.themeProperty().set(Theme.DARK);

        assertThat(store.saved).isEqualTo(new UserSettings(Language.CHINESE, Theme.DARK));
        assertThat(applied).containsExactly(new UserSettings(Language.CHINESE, Theme.DARK));
    }

    @Test
    void themeAndLanguageChangesKeepEachOther() {
        model.themeProperty().set(Theme.DARK);
        model.languageProperty().set(Language.RUSSIAN);

        assertThat(store.saved).isEqualTo(new UserSettings(Language.RUSSIAN, Theme.DARK));
        assertThat(applied).hasSize(2);
    }

    @Test
    void choosingTheCurrentLanguageAgainDoesNothing() {
        model.languageProperty().set(Language.RUSSIAN);
        model.languageProperty().set(Language.CHINESE);
        applied.clear();
        int saves = store.saves;

        // Property set to an equal value fires nothing; the model must also not save when told the same choice.
        model.languageProperty().set(Language.CHINESE);

        assertThat(store.saves).isEqualTo(saves);
        assertThat(applied).isEmpty();
    }

    @Test
    void choosingTheCurrentThemeAgainDoesNothing() {
        model.themeProperty().set(Theme.LIGHT);

        assertThat(store.saves).isZero();
        assertThat(applied).isEmpty();
    }

    @Test
    void aChoiceMadeElsewhereIsNotSavedTwice() {
        service.update(new UserSettings(Language.ENGLISH, Theme.LIGHT));
        applied.clear();

        // The model still shows Chinese; choosing English is what is already in force.
        model.languageProperty().set(Language.ENGLISH);

        assertThat(store.saves).isEqualTo(1);
        assertThat(applied).isEmpty();
    }

    @Test
    void clearedSelectionFallsBackToTheLanguageInForce() {
        model.languageProperty().set(null);

        assertThat(model.languageProperty().get()).isEqualTo(Language.CHINESE);
        assertThat(store.saves).isZero();
    }

    @Test
    void aChoiceThatCannotBeSavedIsUndoneAndExplained() {
        store.failing = true;

        model.themeProperty().set(Theme.DARK);

        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(service.current().theme()).isEqualTo(Theme.LIGHT);
        assertThat(applied).isEmpty();
        assertThat(model.errorProperty().get()).startsWith("The setting could not be saved")
                .contains("read-only file system");
    }

    @Test
    void theNextSuccessfulChoiceClearsTheError() {
        store.failing = true;
        model.themeProperty().set(Theme.DARK);
        store.failing = false;

        model.themeProperty().set(Theme.DARK);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(store.saved.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void showsTheFoldersAsText() {
        assertThat(model.archiveFolder()).isEqualTo(FOLDERS.archive().toString());
        assertThat(model.sampleFolder()).isEqualTo(FOLDERS.sample().toString());
        assertThat(model.dataFolder()).isEqualTo(FOLDERS.data().toString());
        assertThat(model.logFolder()).isEqualTo(FOLDERS.logs().toString());
    }

    @org.junit.jupiter.api.Test
    void aDemoKeyPairIsMadeInTheDataFolderMarkedDemoAndItsPasswordsWiped(
            @org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        SettingsViewModel local = new SettingsViewModel(service, new UiContext.Folders(data.resolve("archive"),
                data.resolve("sample"), data, data.resolve("logs")), Messages.of(Language.ENGLISH));
        char[] password = "demo-password".toCharArray();
        char[] repeated = "demo-password".toCharArray();

        local.createDemoKey("王建国 Ван Цзяньго", password, repeated);

        assertThat(password).containsOnly('\0');
        assertThat(repeated).containsOnly('\0');
        assertThat(local.demoKeyProperty().get()).startsWith("Demo key pair saved in " + data);
        Path file;
        try (var files = java.nio.file.Files.list(data)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".p12")).findFirst().orElseThrow();
        }
        var key = org.huiwu.pdf.signature.SigningKeys.fromFile(file, org.huiwu.pdf.signature.DemoKeys.ALIAS,
                "demo-password".toCharArray());
        assertThat(org.huiwu.pdf.signature.DemoKeys.isDemo(key.certificate())).isTrue();
        assertThat(key.name()).isEqualTo("王建国 Ван Цзяньго (DEMO)");

        local.createDemoKey("Someone", "short".toCharArray(), "short".toCharArray());
        assertThat(local.demoKeyProperty().get()).contains("8 characters");
        local.createDemoKey("Someone", "long-enough-1".toCharArray(), "long-enough-2".toCharArray());
        assertThat(local.demoKeyProperty().get()).contains("No key was made");
        try (var files = java.nio.file.Files.list(data)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".p12")).count()).isEqualTo(1);
        }
    }
}
