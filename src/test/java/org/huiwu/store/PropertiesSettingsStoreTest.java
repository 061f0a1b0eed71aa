// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.huiwu.i18n.Language;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Backup settings survive a restart; a bad value falls back to its own default only. */
class PropertiesSettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void backupSettingsAreKeptBetweenRuns() {
        UserSettings chosen = new UserSettings(Language.RUSSIAN, Theme.DARK, 5,
                new BackupSettings(config.resolve("резервные копии 备份"), 7, false, true));
        new PropertiesSettingsStore(config, Locale.ENGLISH).save(chosen);

        assertThat(new PropertiesSettingsStore(config, Locale.ENGLISH).load()).isEqualTo(chosen);
    }

    @Test
    void settingsWrittenBeforeBackupsGetTheBackupDefaults() throws IOException {
        Files.writeString(config.resolve("settings.properties"), "language=zh\ntheme=LIGHT\nbackup.keep=0\n");

        UserSettings loaded = new PropertiesSettingsStore(config, Locale.ENGLISH).load();

        assertThat(loaded.language()).isEqualTo(Language.CHINESE);
        assertThat(loaded.backup()).isEqualTo(BackupSettings.DEFAULTS);
    }
}
