// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.huiwu.store.backup.BackupFormatException.Kind;

/**
 * What the encrypted part of a backup holds: files of the archive folder, each as name (UTF-8, short length),
 * size (long) and bytes, ended by an empty name. Only names from a fixed list are ever written back to disk.
 */
public final class BackupPayload {

    private static final int COPY = 64 << 10;

    private BackupPayload() {
    }

    /** Writes entries into the sealed stream. */
    public static final class Writer {
        private final DataOutputStream out;

        public Writer(OutputStream sealed) {
            this.out = new DataOutputStream(sealed);
        }

        /** One entry of {@code size} bytes from {@code source}; {@code copied} hears of every block. */
        public void entry(String name, long size, InputStream source, LongConsumer copied) throws IOException {
            byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
            out.writeShort(encoded.length);
            out.write(encoded);
            out.writeLong(size);
            byte[] buffer = new byte[COPY];
            long left = size;
            while (left > 0) {
                int read = source.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("The archive's file " + name + " became shorter while it was copied");
                }
                out.write(buffer, 0, read);
                left -= read;
                copied.accept(read);
            }
        }

        /** The end marker; the sealed stream is closed by the caller. */
        public void finish() throws IOException {
            out.writeShort(0);
            out.flush();
        }
    }

    /**
     * Writes every entry of the opened payload into {@code folder} (names must be in {@code allowed}) and returns
     * the names in order; each file is forced to disk.
     */
    public static List<String> extract(InputStream opened, Path folder, Set<String> allowed) throws IOException {
        DataInputStream in = new DataInputStream(opened);
        List<String> names = new ArrayList<>();
        byte[] buffer = new byte[COPY];
        try {
            while (true) {
                int length = in.readUnsignedShort();
                if (length == 0) {
                    break;
                }
                String name = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                if (!allowed.contains(name) || names.contains(name)) {
                    throw new BackupFormatException(Kind.DAMAGED, "Unexpected entry " + name);
                }
                long size = in.readLong();
                if (size < 0) {
                    throw new BackupFormatException(Kind.DAMAGED, "Entry " + name + " has a negative size");
                }
                try (FileChannel channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE); OutputStream file = Channels.newOutputStream(channel)) {
                    long left = size;
                    while (left > 0) {
                        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (read < 0) {
                            throw new EOFException();
                        }
                        file.write(buffer, 0, read);
                        left -= read;
                    }
                    file.flush();
                    channel.force(true);
                }
                names.add(name);
            }
            if (in.read() >= 0) {
                throw new BackupFormatException(Kind.DAMAGED, "Bytes after the end of the contents");
            }
        } catch (EOFException e) {
            // Authenticated chunks ended with the last one, yet the contents are incomplete: written wrongly.
            throw new BackupFormatException(Kind.DAMAGED, "The contents end early");
        }
        return names;
    }
}
