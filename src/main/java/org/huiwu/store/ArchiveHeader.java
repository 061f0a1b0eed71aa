// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;

/**
 * The small plain file beside the database that says what the folder holds, readable before the archive is
 * opened (the unlock dialog shows the name and home side from it).
 */
final class ArchiveHeader {

    static final String FILE_NAME = "huiwu-archive.properties";
    static final int FORMAT = 1;

    private ArchiveHeader() {
    }

    static Path file(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    static Optional<ArchiveInfo> read(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, folder.toString());
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file(folder))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.IO, folder.toString(), e);
        }
        try {
            int format = Integer.parseInt(properties.getProperty("format", "0"));
            if (format > FORMAT) {
                throw new ArchiveException(ArchiveException.Reason.NEWER_FORMAT, folder.toString());
            }
            return Optional.of(new ArchiveInfo(
                    UUID.fromString(properties.getProperty("uuid")),
                    properties.getProperty("name", ""),
                    Side.ofCode(properties.getProperty("homeSide")),
                    Boolean.parseBoolean(properties.getProperty("sample")),
                    Instant.parse(properties.getProperty("createdAt"))));
        } catch (NullPointerException | IllegalArgumentException | DateTimeParseException e) {
            throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, folder.toString(), e);
        }
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a header. */
    static void write(Path folder, ArchiveInfo info) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(FORMAT));
        properties.setProperty("uuid", info.uuid().toString());
        properties.setProperty("name", info.name());
        properties.setProperty("homeSide", info.homeSide().code());
        properties.setProperty("sample", Boolean.toString(info.sample()));
        properties.setProperty("createdAt", info.createdAt().toString());
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Huiwu archive");
        }
        Files.move(temporary, file(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
