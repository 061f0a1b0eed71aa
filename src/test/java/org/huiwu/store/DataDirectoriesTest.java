// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataDirectoriesTest {

    @TempDir
    Path home;

    @Test
    void linuxWithoutXdgVariablesUsesLocalShareAndConfig() {
        DataDirectories directories = DataDirectories.resolve(Map.of(), "Linux", home);

        assertThat(directories.data()).isEqualTo(home.resolve(".local/share/huiwu"));
        assertThat(directories.config()).isEqualTo(home.resolve(".config/huiwu"));
        assertThat(directories.logs()).isEqualTo(home.resolve(".local/share/huiwu/logs"));
    }

    @Test
    void linuxFollowsAbsoluteXdgVariables() {
        Path dataHome = home.resolve("xdg-data");
        Path configHome = home.resolve("xdg-config");

        DataDirectories directories = DataDirectories.resolve(Map.of(
                "XDG_DATA_HOME", dataHome.toString(),
                "XDG_CONFIG_HOME", configHome.toString()), "Linux", home);

        assertThat(directories.data()).isEqualTo(dataHome.resolve("huiwu"));
        assertThat(directories.config()).isEqualTo(configHome.resolve("huiwu"));
        assertThat(directories.logs()).isEqualTo(dataHome.resolve("huiwu").resolve("logs"));
    }

    @ParameterizedTest(name = "XDG value ''{0}''")
    @ValueSource(strings = {"relative/data", "./data", "", "   "})
    void linuxIgnoresRelativeOrBlankXdgPaths(String value) {
        DataDirectories directories = DataDirectories.resolve(Map.of(
                "XDG_DATA_HOME", value, "XDG_CONFIG_HOME", value), "Linux", home);

        assertThat(directories.data()).isEqualTo(home.resolve(".local/share/huiwu"));
        assertThat(directories.config()).isEqualTo(home.resolve(".config/huiwu"));
    }

    @Test
    void windowsKeepsEverythingInRoamingAppData() {
        String appData = home.resolve("Roaming").toString();

        DataDirectories directories = DataDirectories.resolve(Map.of("APPDATA", appData), "Windows 11", home);

        assertThat(directories.data()).isEqualTo(Path.of(appData, "Huiwu"));
        assertThat(directories.config()).isEqualTo(directories.data());
        assertThat(directories.logs()).isEqualTo(Path.of(appData, "Huiwu", "logs"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheUsualRoamingFolder() {
        DataDirectories directories = DataDirectories.resolve(Map.of(), "Windows 10", home);

        assertThat(directories.data()).isEqualTo(home.resolve("AppData/Roaming/Huiwu"));
        assertThat(directories.config()).isEqualTo(directories.data());
    }

    @Test
    void macOsUsesApplicationSupport() {
        DataDirectories directories = DataDirectories.resolve(
                Map.of("XDG_DATA_HOME", home.resolve("ignored").toString()), "Mac OS X", home);

        assertThat(directories.data()).isEqualTo(home.resolve("Library/Application Support/Huiwu"));
        assertThat(directories.config()).isEqualTo(directories.data());
        assertThat(directories.logs()).isEqualTo(home.resolve("Library/Application Support/Huiwu/logs"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Linux", "Windows 11", "Mac OS X", "FreeBSD"})
    void huiwuHomePutsEverythingInOneFolderOnEverySystem(String osName) {
        Path portable = home.resolve("portable");

        DataDirectories directories = DataDirectories.resolve(Map.of(
                "HUIWU_HOME", portable.toString(),
                "APPDATA", home.resolve("Roaming").toString(),
                "XDG_DATA_HOME", home.resolve("xdg-data").toString(),
                "XDG_CONFIG_HOME", home.resolve("xdg-config").toString()), osName, home);

        assertThat(directories.data()).isEqualTo(portable);
        assertThat(directories.config()).isEqualTo(portable);
        assertThat(directories.logs()).isEqualTo(portable.resolve("logs"));
    }

    @Test
    void relativeHuiwuHomeIsMadeAbsolute() {
        DataDirectories directories = DataDirectories.resolve(Map.of("HUIWU_HOME", "portable-huiwu"), "Linux", home);

        assertThat(directories.data()).isAbsolute().isEqualTo(Path.of("portable-huiwu").toAbsolutePath());
    }

    @Test
    void blankHuiwuHomeIsIgnored() {
        DataDirectories directories = DataDirectories.resolve(Map.of("HUIWU_HOME", "  "), "Linux", home);

        assertThat(directories.data()).isEqualTo(home.resolve(".local/share/huiwu"));
    }

    @Test
    void sampleArchiveLivesApartFromTheUsersArchive() {
        DataDirectories directories = new DataDirectories(home, home, home.resolve("logs"));

        assertThat(directories.sampleArchive()).isEqualTo(home.resolve("sample"));
        assertThat(directories.sampleArchive()).isNotEqualTo(home.resolve("archive"));
    }
}
