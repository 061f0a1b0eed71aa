// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveException.Reason;

/**
 * An operating-system lock on {@code huiwu.lock} in the archive folder, held while the archive is open. It tells an
 * archive open in another program from one whose last session crashed (the session marker is left in both cases):
 * the system drops the lock of a killed process. The file is never deleted, so two programs always lock the same one.
 */
final class ArchiveLock implements AutoCloseable {

    static final String FILE_NAME = "huiwu.lock";
    /**
     * Folders locked by this process. Checked before the file is touched: closing any channel to a locked file drops
     * the process's lock on it, so a second open in the same process must not even open the file.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ArchiveLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the folder, or refuses with {@link Reason#IN_USE} when a program holds it already. */
    static ArchiveLock acquire(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.contains(key)) {
                throw new ArchiveException(Reason.IN_USE, folder.toString());
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new ArchiveException(Reason.IN_USE, folder.toString());
                }
                HELD.add(key);
                return new ArchiveLock(key, channel, lock);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new ArchiveException(Reason.IN_USE, folder.toString(), e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new ArchiveException(Reason.IO, folder.toString(), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (!HELD.remove(key)) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases it as well.
            }
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it.
            }
        }
    }
}
