// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Huiwu keeps its files for this user: archives, settings, logs. Follows each OS's convention (XDG on Linux,
 * %APPDATA% on Windows, Application Support on macOS); HUIWU_HOME puts everything in one folder instead (tests,
 * portable installs).
 */
public record DataDirectories(Path data, Path config, Path logs) {

    public static final String HOME_VARIABLE = "HUIWU_HOME";
    public static final String ARCHIVE_VARIABLE = "HUIWU_ARCHIVE";

    public static DataDirectories forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static DataDirectories resolve(Map<String, String> env, String osName, Path userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath();
            return new DataDirectories(root, root, root.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path data;
        Path config;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            data = (appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming")
                    : Path.of(appData)).resolve("Huiwu");
            config = data;
        } else if (os.startsWith("mac")) {
            data = userHome.resolve("Library").resolve("Application Support").resolve("Huiwu");
            config = data;
        } else {
            data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share")).resolve("huiwu");
            config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("huiwu");
        }
        return new DataDirectories(data, config, data.resolve("logs"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative paths are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    /** The user's own archive, unless --archive or HUIWU_ARCHIVE names another. */
    public Path defaultArchive() {
        String chosen = System.getenv(ARCHIVE_VARIABLE);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen).toAbsolutePath() : data.resolve("archive");
    }

    /** The sample archive lives apart from real records, in a folder of its own. */
    public Path sampleArchive() {
        return data.resolve("sample");
    }
}
