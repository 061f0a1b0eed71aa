// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The few file operations the journal uses, so a test can watch their order (write, then {@code force(true)}, then
 * the save is confirmed) or make them fail. Production code uses {@link #open(Path)} over a {@link FileChannel}.
 */
interface JournalChannel extends Closeable {

    int read(ByteBuffer target, long position) throws IOException;

    int write(ByteBuffer source, long position) throws IOException;

    long size() throws IOException;

    void truncate(long size) throws IOException;

    /** {@link FileChannel#force(boolean)}: returns once the bytes (and with {@code true} the metadata) are on disk. */
    void force(boolean metaData) throws IOException;

    /** How the journal opens its file; tests pass a recording or failing one. */
    @FunctionalInterface
    interface Opener {
        JournalChannel open(Path file) throws IOException;
    }

    static JournalChannel open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new JournalChannel() {
            @Override
            public int read(ByteBuffer target, long position) throws IOException {
                return channel.read(target, position);
            }

            @Override
            public int write(ByteBuffer source, long position) throws IOException {
                return channel.write(source, position);
            }

            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                channel.truncate(size);
            }

            @Override
            public void force(boolean metaData) throws IOException {
                channel.force(metaData);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
