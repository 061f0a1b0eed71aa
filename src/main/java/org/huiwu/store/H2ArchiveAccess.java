// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveException.Reason;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.OpenArchive;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.huiwu.store.generated.Tables.ARCHIVE_INFO;

/**
 * Opens archives: an H2 database in the archive folder, migrated by Flyway to the schema this version knows.
 * The only place that builds a JDBC URL.
 */
public final class H2ArchiveAccess implements ArchiveAccess {

    private static final Logger LOG = LoggerFactory.getLogger(H2ArchiveAccess.class);
    static final String DATABASE_NAME = "huiwu";

    @Override
    public Optional<ArchiveInfo> peek(Path folder) {
        return ArchiveHeader.read(folder);
    }

    @Override
    public OpenArchive create(Path folder, String name, Side homeSide, boolean sample) {
        if (ArchiveHeader.read(folder).isPresent() || Files.exists(databaseFile(folder))) {
            throw new ArchiveException(Reason.ALREADY_EXISTS, folder.toString());
        }
        ArchiveInfo info = new ArchiveInfo(UUID.randomUUID(), name.strip(), homeSide, sample, Instant.now());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
        H2Archive archive = connect(folder, info, false);
        try {
            archive.dsl().insertInto(ARCHIVE_INFO)
                    .set(ARCHIVE_INFO.ID, 1)
                    .set(ARCHIVE_INFO.UUID, info.uuid())
                    .set(ARCHIVE_INFO.NAME, info.name())
                    .set(ARCHIVE_INFO.HOME_SIDE, info.homeSide().code())
                    .set(ARCHIVE_INFO.SAMPLE, info.sample())
                    .set(ARCHIVE_INFO.CREATED_AT, info.createdAt().atOffset(ZoneOffset.UTC))
                    .execute();
            // The header comes last: a folder with a header always holds a complete, migrated database.
            ArchiveHeader.write(folder, info);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e instanceof ArchiveException ae ? ae : new ArchiveException(Reason.IO, folder.toString(), e);
        }
        LOG.info("Created archive {} ({}) in {}", info.uuid(), info.homeSide().code(), folder);
        return archive;
    }

    @Override
    public OpenArchive open(Path folder) {
        ArchiveInfo info = ArchiveHeader.read(folder)
                .orElseThrow(() -> new ArchiveException(
                        Files.isDirectory(folder) ? Reason.NOT_AN_ARCHIVE : Reason.NOT_FOUND, folder.toString()));
        if (!Files.exists(databaseFile(folder))) {
            throw new ArchiveException(Reason.NOT_AN_ARCHIVE, folder.toString());
        }
        H2Archive archive = connect(folder, info, true);
        LOG.info("Opened archive {} in {}", info.uuid(), folder);
        return archive;
    }

    static Path databaseFile(Path folder) {
        return folder.resolve(DATABASE_NAME + ".mv.db");
    }

    private static H2Archive connect(Path folder, ArchiveInfo info, boolean mustExist) {
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath()
                // No trace file: it would hold SQL (and so record text) in the clear next to the archive.
                + ";TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "huiwu", "");
        try {
            // Touch the database first so that "in use" is reported as such, not as a migration failure.
            pool.getConnection().close();
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folder);
        } catch (FlywayException e) {
            pool.dispose();
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw translate(sql, folder);
            }
            throw new ArchiveException(Reason.NEWER_FORMAT, folder.toString(), e);
        }
        DSLContext dsl = DSL.using(pool, SQLDialect.H2);
        return new H2Archive(info, pool, dsl);
    }

    static ArchiveException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ArchiveException(Reason.IN_USE, folder.toString(), e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new ArchiveException(Reason.NOT_FOUND, folder.toString(), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new ArchiveException(Reason.NOT_AN_ARCHIVE, folder.toString(), e);
            default -> new ArchiveException(Reason.IO, folder.toString(), e);
        };
    }
}
