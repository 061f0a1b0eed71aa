// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

import org.huiwu.i18n.Language;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsStore;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** settings.properties in the user's config folder; unreadable or unknown values fall back to defaults. */
public final class PropertiesSettingsStore implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(PropertiesSettingsStore.class);

    private final Path file;
    private final Locale systemLocale;

    public PropertiesSettingsStore(Path configFolder, Locale systemLocale) {
        this.file = configFolder.resolve("settings.properties");
        this.systemLocale = systemLocale;
    }

    @Override
    public UserSettings load() {
        UserSettings defaults = new UserSettings(Language.of(systemLocale), Theme.LIGHT);
        if (!Files.exists(file)) {
            return defaults;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            LOG.warn("Settings unreadable, using defaults: {}", e.toString());
            return defaults;
        }
        Language language = defaults.language();
        Theme theme = defaults.theme();
        try {
            language = Language.ofTag(properties.getProperty("language", language.tag()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown language in settings: {}", properties.getProperty("language"));
        }
        try {
            theme = Theme.valueOf(properties.getProperty("theme", theme.name()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown theme in settings: {}", properties.getProperty("theme"));
        }
        int idleLock = defaults.idleLockMinutes();
        try {
            idleLock = Integer.parseInt(properties.getProperty("idleLockMinutes", Integer.toString(idleLock)));
            new UserSettings(language, theme, idleLock);
        } catch (IllegalArgumentException e) {
            LOG.warn("Invalid idle lock minutes in settings: {}", properties.getProperty("idleLockMinutes"));
            idleLock = defaults.idleLockMinutes();
        }
        return new UserSettings(language, theme, idleLock, backup(properties));
    }

    /** Backup settings; a value that cannot be read falls back to its default alone. */
    private static BackupSettings backup(Properties properties) {
        BackupSettings defaults = BackupSettings.DEFAULTS;
        String folder = properties.getProperty("backup.folder", "");
        Path chosen = null;
        try {
            chosen = folder.isBlank() ? null : Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            LOG.warn("Invalid backup folder in settings: {}", folder);
        }
        int keep = defaults.keep();
        try {
            keep = Integer.parseInt(properties.getProperty("backup.keep", Integer.toString(keep)));
            defaults.withKeep(keep);
        } catch (IllegalArgumentException e) {
            LOG.warn("Invalid number of backups kept in settings: {}", properties.getProperty("backup.keep"));
            keep = defaults.keep();
        }
        boolean daily = Boolean.parseBoolean(
                properties.getProperty("backup.daily", Boolean.toString(defaults.daily())));
        boolean onExit = Boolean.parseBoolean(
                properties.getProperty("backup.onExit", Boolean.toString(defaults.onExit())));
        return new BackupSettings(chosen, keep, daily, onExit);
    }

    @Override
    public void save(UserSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("language", settings.language().tag());
        properties.setProperty("theme", settings.theme().name());
        properties.setProperty("idleLockMinutes", Integer.toString(settings.idleLockMinutes()));
        BackupSettings backup = settings.backup();
        properties.setProperty("backup.folder", backup.chosenFolder().map(Path::toString).orElse(""));
        properties.setProperty("backup.keep", Integer.toString(backup.keep()));
        properties.setProperty("backup.daily", Boolean.toString(backup.daily()));
        properties.setProperty("backup.onExit", Boolean.toString(backup.onExit()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Huiwu settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
