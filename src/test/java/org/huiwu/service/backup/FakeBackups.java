// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;

import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.OpenArchive;

/** Stands in for the store in service and view model tests: a small file per backup, or a chosen failure. */
public final class FakeBackups implements ArchiveBackups {

    /** Every file written, oldest first. */
    public final List<Path> written = new ArrayList<>();
    /** Every restore asked for: backup file and new folder. */
    public final List<Path[]> restores = new ArrayList<>();
    private BackupException.Reason failure;

    /** From now on every call fails for this reason. */
    public FakeBackups failing(BackupException.Reason reason) {
        this.failure = reason;
        return this;
    }

    /** An open archive that only knows its identity and folder. */
    public static OpenArchive archive(UUID uuid, Path folder) {
        ArchiveInfo info = new ArchiveInfo(uuid, "测试 Тест", Side.CHINA, false, Instant.EPOCH);
        org.huiwu.domain.audit.AuditRepository trail = new org.huiwu.domain.audit.MemoryAuditRepository();
        return (OpenArchive) Proxy.newProxyInstance(OpenArchive.class.getClassLoader(),
                new Class<?>[] {OpenArchive.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "info" -> info;
                    case "folder" -> folder;
                    // Whoever opened it may do everything (backups included).
                    case "users" -> org.huiwu.service.archive.ArchiveUsers.unmanaged();
                    case "audit" -> trail;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public BackupSummary write(OpenArchive open, Path file, Map<String, String> metadata, DoubleConsumer progress) {
        failIfAsked(file);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "backup of " + open.info().uuid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(file);
        progress.accept(1);
        return new BackupSummary(file, open.info(), Instant.EPOCH, 1, metadata, -1, -1, -1);
    }

    @Override
    public Map<String, String> metadata(Path file) {
        failIfAsked(file);
        return Map.of();
    }

    @Override
    public BackupSummary verify(Path file, char[] passphrase, DoubleConsumer progress) {
        failIfAsked(file);
        throw new UnsupportedOperationException("verify");
    }

    @Override
    public BackupSummary restore(Path file, char[] passphrase, Path newFolder, DoubleConsumer progress) {
        failIfAsked(file);
        restores.add(new Path[] {file, newFolder});
        ArchiveInfo info = new ArchiveInfo(UUID.randomUUID(), "restored", Side.CHINA, false, Instant.EPOCH);
        return new BackupSummary(file, info, Instant.EPOCH, 1, Map.of(), 3, 4, 5);
    }

    private void failIfAsked(Path file) {
        if (failure != null) {
            throw new BackupException(failure, file.toString());
        }
    }
}
