// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    /** Opening skips Flyway when the archive has SCHEMA_VERSION: it must be the newest migration, or none runs. */
    @Test
    void schemaVersionNamesTheNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(H2ArchiveAccess.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
        }
    }
}
