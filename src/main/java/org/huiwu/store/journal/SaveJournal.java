// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An encrypted, append-only journal of confirmed saves, one file in the archive folder ({@value #FILE_NAME}).
 * H2 loses commits it has confirmed when the process is killed (docs/decisions/0004-save-journal.md); a save is
 * confirmed to the user only after its entry is in this journal and {@code force(true)} has returned, and the
 * journal is replayed into the database at open.
 *
 * <h2>Format (all integers big-endian)</h2>
 * File header, {@value #HEADER_SIZE} bytes: magic {@code HUIWUJNL}, version (int), archive UUID (16), first sequence
 * (long), nonce (12), AES-256-GCM tag (16) over the preceding 36 bytes. It is written only whole, to a temporary
 * file that is forced and moved into place.
 * <p>
 * Entry: marker {@code HWJE} (4), ciphertext length (int), sequence (long), nonce (12), CRC32C of these 28 bytes (4),
 * then AES-256-GCM ciphertext and tag of the payload with AAD {@code "huiwu-journal-v1" ‖ archive UUID ‖ sequence}.
 * Sequences are consecutive from the header's first sequence, so an entry cannot be reordered, duplicated, dropped
 * from the middle or moved from another archive without failing authentication or the sequence check.
 *
 * <h2>Torn tails and damage</h2>
 * At open every entry is authenticated. The first entry that is incomplete, fails its header check or its tag ends
 * the journal if no authentic entry can be found anywhere after it: it is a write that was cut off (the process was
 * killed before {@code force} returned, so it was never confirmed) and the file is truncated back to the last good
 * entry. If an authentic entry follows it, the damage is in the middle and {@link JournalCorruptedException} is
 * thrown. A complete final entry with a bad tag is treated as torn too: GCM cannot tell a cut-off write from a
 * flipped bit there, and after a power cut (e.g. on NTFS) the file may be longer than what reached the disk.
 *
 * <p>Thread-safe; appends are serialized. Do not append from a thread that may be interrupted: an interrupt closes
 * the file channel and the journal then refuses further appends until it is reopened.
 */
public final class SaveJournal implements AutoCloseable {

    public static final String FILE_NAME = "huiwu.journal";
    /** Largest payload: a pasted 1 MB text is about 3 MB of UTF-8 Chinese; far more is surely a mistake. */
    public static final int MAX_PAYLOAD = 64 << 20;

    static final int VERSION = 1;
    static final byte[] MAGIC = "HUIWUJNL".getBytes(StandardCharsets.US_ASCII);
    public static final int HEADER_SIZE = 64;
    static final int ENTRY_MARKER = 0x48574A45; // "HWJE"
    static final int ENTRY_HEADER_SIZE = 32;
    static final int NONCE_SIZE = 12;
    static final int TAG_SIZE = 16;
    private static final int TAG_BITS = TAG_SIZE * 8;
    private static final int HEADER_AUTHENTICATED = 36;
    private static final byte[] ENTRY_CONTEXT = "huiwu-journal-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_CHUNK = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(SaveJournal.class);

    /** One confirmed save: its sequence number and the payload given to {@link #append}. */
    public record Entry(long sequence, byte[] payload) {
    }

    private final Path file;
    private final Path temporary;
    private final UUID archive;
    private final JournalKey key;
    private final JournalChannel.Opener opener;
    private final SecureRandom random = new SecureRandom();

    private JournalChannel channel;
    private long firstSequence;
    private long nextSequence;
    /** The end of the last good entry: everything before it is authentic, nothing after it is kept. */
    private long end;
    private int entries;
    private long droppedTailBytes;
    private IOException failure;
    private boolean closed;

    private SaveJournal(Path folder, UUID archive, JournalKey key, JournalChannel.Opener opener) {
        this.file = folder.resolve(FILE_NAME);
        this.temporary = folder.resolve(FILE_NAME + ".tmp");
        this.archive = Objects.requireNonNull(archive);
        this.key = Objects.requireNonNull(key);
        this.opener = opener;
    }

    /**
     * Opens (or creates) the journal of the archive in {@code folder}, authenticates every entry and cuts off a torn
     * tail. The key stays the caller's: it must stay open as long as the journal is used.
     *
     * @throws JournalCorruptedException when the journal is not this archive's, not under this key, or damaged
     *                                   before its last authentic entry
     */
    public static SaveJournal open(Path folder, UUID archive, JournalKey key) throws IOException {
        return open(folder, archive, key, JournalChannel::open);
    }

    static SaveJournal open(Path folder, UUID archive, JournalKey key, JournalChannel.Opener opener)
            throws IOException {
        SaveJournal journal = new SaveJournal(folder, archive, key, opener);
        try {
            journal.load();
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    private void load() throws IOException {
        // A clear() that was cut off before its move: the old journal is still in place and still counts.
        Files.deleteIfExists(temporary);
        if (!Files.exists(file)) {
            writeFresh(1);
        }
        channel = opener.open(file);
        long size = channel.size();
        if (size < HEADER_SIZE) {
            // Headers are only ever moved into place whole, so this is outside damage; no entry can be behind it.
            // Only a cut-off header of this archive's journal is replaced, never a file that is something else.
            if (!isStartOfOwnHeader((int) size)) {
                throw new JournalCorruptedException(0, "Not a Huiwu save journal of archive " + archive + ": " + file);
            }
            LOG.warn("Save journal {} has a damaged header and no entries ({} bytes): started anew", file, size);
            channel.close();
            channel = null;
            writeFresh(1);
            channel = opener.open(file);
            size = channel.size();
        }
        firstSequence = readHeader();
        nextSequence = firstSequence;
        long position = HEADER_SIZE;
        while (position < size) {
            Sealed entry = readEntry(position, size);
            if (entry == null) {
                if (authenticEntryAfter(position + 1, size)) {
                    throw new JournalCorruptedException(position,
                            "Save journal entry " + nextSequence + " is damaged and followed by authentic entries");
                }
                cutTornTail(position, size);
                break;
            }
            if (entry.sequence() != nextSequence) {
                throw new JournalCorruptedException(position, "Save journal entry " + entry.sequence()
                        + " where entry " + nextSequence + " was expected (reordered, duplicated or missing)");
            }
            position = entry.end();
            nextSequence++;
            entries++;
        }
        end = position;
    }

    private void cutTornTail(long position, long size) throws IOException {
        droppedTailBytes = size - position;
        boolean complete = completeButUnauthentic(position, size);
        LOG.warn("Save journal {}: dropped {} bytes after entry {} at byte {} ({}); they were never confirmed",
                file, droppedTailBytes, nextSequence - 1, position,
                complete ? "a whole last entry that fails authentication: a cut-off write after a power loss, "
                        + "or damage" : "an incomplete write");
        channel.truncate(position);
        channel.force(true);
    }

    /**
     * Appends one save and returns its sequence number only after the entry was written and {@code force(true)}
     * returned: the save may be confirmed to the user then, and not before. If writing or forcing fails, nothing is
     * confirmed and the journal refuses further appends (the bytes on disk are unknown after a failed force): close
     * it and open it again.
     */
    public synchronized long append(byte[] payload) throws IOException {
        ensureUsable();
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("Journal payload of " + payload.length + " bytes exceeds "
                    + MAX_PAYLOAD);
        }
        long sequence = nextSequence;
        byte[] nonce = new byte[NONCE_SIZE];
        random.nextBytes(nonce);
        int sealedLength = payload.length + TAG_SIZE;
        ByteBuffer record = ByteBuffer.allocate(ENTRY_HEADER_SIZE + sealedLength);
        record.putInt(ENTRY_MARKER).putInt(sealedLength).putLong(sequence).put(nonce);
        record.putInt(crc(record.array(), 0, ENTRY_HEADER_SIZE - 4));
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(entryAad(sequence));
            cipher.doFinal(payload, 0, payload.length, record.array(), ENTRY_HEADER_SIZE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
        record.clear();
        try {
            writeFully(record, end);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
            try {
                channel.truncate(end);
            } catch (IOException | RuntimeException ignored) {
                // the entry was never confirmed; open() drops it if it stays behind incomplete
            }
            throw e;
        }
        end += record.capacity();
        nextSequence++;
        entries++;
        return sequence;
    }

    /** Every entry in the journal, in order (payloads in memory: use {@link #replay} for a big journal). */
    public synchronized List<Entry> readAll() throws IOException {
        List<Entry> all = new ArrayList<>();
        replay(all::add);
        return all;
    }

    /**
     * Hands every entry to {@code consumer}, oldest first, authenticating each again (the file is read afresh).
     * Entries carry full upserts keyed by UUID, so replaying an entry that is already in the database is harmless.
     */
    public synchronized void replay(Consumer<? super Entry> consumer) throws IOException {
        ensureOpen();
        long position = HEADER_SIZE;
        long expected = firstSequence;
        while (position < end) {
            Sealed entry = readEntry(position, end);
            if (entry == null || entry.sequence() != expected) {
                throw new JournalCorruptedException(position, "Save journal changed on disk since it was opened");
            }
            consumer.accept(new Entry(entry.sequence(), entry.payload()));
            position = entry.end();
            expected++;
        }
    }

    /**
     * Empties the journal, keeping the sequence going. Call it only once the database has been shut down cleanly
     * and its file forced to disk (see 0004-save-journal.md), never after a mere CHECKPOINT. A new header is
     * written to a temporary file, forced and moved over the journal, so a crash leaves either the old journal
     * (replayed again, harmlessly) or an empty valid one.
     */
    public synchronized void clear() throws IOException {
        ensureUsable();
        long next = nextSequence;
        try {
            channel.close();
            channel = null;
            writeFresh(next);
            channel = opener.open(file);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
            throw e;
        }
        firstSequence = next;
        end = HEADER_SIZE;
        entries = 0;
    }

    /**
     * The journal as it stands between two saves: header and every confirmed entry, never half an append (appends
     * wait). A backup takes it together with the checkpoint the entries build on.
     */
    public synchronized byte[] snapshot() throws IOException {
        ensureUsable();
        ByteBuffer copy = ByteBuffer.allocate(Math.toIntExact(end));
        while (copy.hasRemaining()) {
            if (channel.read(copy, copy.position()) < 0) {
                throw new EOFException("Save journal shorter than its confirmed entries: " + file);
            }
        }
        return copy.array();
    }

    /** The file, {@value #FILE_NAME} in the archive folder. */
    public Path file() {
        return file;
    }

    /** The sequence number of the newest entry ever appended (also before a clear), 0 if none. */
    public synchronized long lastSequence() {
        return nextSequence - 1;
    }

    /** How many entries the journal holds now. */
    public synchronized int entryCount() {
        return entries;
    }

    /** The journal's length in bytes: header and good entries. */
    public synchronized long sizeInBytes() {
        return end;
    }

    /**
     * How many bytes of an unconfirmed, cut-off write were dropped at open (0 if the journal ended cleanly): the
     * kill test counts kills that landed in the middle of a journal write by this.
     */
    public synchronized long droppedTailBytes() {
        return droppedTailBytes;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private void ensureOpen() {
        if (closed || channel == null) {
            throw new IllegalStateException("The save journal is closed");
        }
    }

    private void ensureUsable() throws IOException {
        if (failure != null) {
            throw new IOException("The save journal failed earlier and must be reopened", failure);
        }
        ensureOpen();
    }

    // --- the header ---

    private void writeFresh(long first) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        header.put(MAGIC).putInt(VERSION)
                .putLong(archive.getMostSignificantBits()).putLong(archive.getLeastSignificantBits())
                .putLong(first);
        byte[] nonce = new byte[NONCE_SIZE];
        random.nextBytes(nonce);
        header.put(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(header.array(), 0, HEADER_AUTHENTICATED);
            header.put(cipher.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
        header.flip();
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (header.hasRemaining()) {
                out.write(header);
            }
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(file.getParent());
    }

    /** Makes the new directory entry durable where the platform allows it (Linux, macOS; not Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot force folder {}: {}", folder, e.toString());
        }
    }

    /** Whether the {@code length} bytes of a too short file agree with the start of this archive's header. */
    private boolean isStartOfOwnHeader(int length) throws IOException {
        ByteBuffer expected = ByteBuffer.allocate(28).put(MAGIC).putInt(VERSION)
                .putLong(archive.getMostSignificantBits()).putLong(archive.getLeastSignificantBits());
        ByteBuffer found = ByteBuffer.allocate(length);
        readFully(found, 0);
        int compared = Math.min(length, expected.capacity());
        return Arrays.equals(found.array(), 0, compared, expected.array(), 0, compared);
    }

    private long readHeader() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        readFully(header, 0);
        byte[] bytes = header.array();
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new JournalCorruptedException(0, "Not a Huiwu save journal: " + file);
            }
        }
        int version = header.getInt(8);
        if (version != VERSION) {
            throw new JournalCorruptedException(8, "Save journal format " + version + " is not " + VERSION
                    + " (made by another version of Huiwu?)");
        }
        UUID owner = new UUID(header.getLong(12), header.getLong(20));
        if (!owner.equals(archive)) {
            throw new JournalCorruptedException(12, "Save journal of archive " + owner + ", not of " + archive);
        }
        byte[] nonce = new byte[NONCE_SIZE];
        header.get(HEADER_AUTHENTICATED, nonce);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            cipher.updateAAD(bytes, 0, HEADER_AUTHENTICATED);
            cipher.doFinal(bytes, HEADER_AUTHENTICATED + NONCE_SIZE, TAG_SIZE);
        } catch (AEADBadTagException e) {
            throw new JournalCorruptedException(0, "Save journal header fails authentication (another key, or damage)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
        long first = header.getLong(28);
        if (first < 1) {
            throw new JournalCorruptedException(28, "Save journal header has first sequence " + first);
        }
        return first;
    }

    // --- entries ---

    /** An authentic entry as read from the file, and where the next one starts. */
    private record Sealed(long sequence, byte[] payload, long end) {
    }

    /** The entry at {@code position} if it is whole and authentic within {@code limit}, otherwise null. */
    private Sealed readEntry(long position, long limit) throws IOException {
        if (limit - position < ENTRY_HEADER_SIZE + TAG_SIZE) {
            return null;
        }
        ByteBuffer header = ByteBuffer.allocate(ENTRY_HEADER_SIZE);
        readFully(header, position);
        byte[] bytes = header.array();
        if (header.getInt(0) != ENTRY_MARKER || header.getInt(ENTRY_HEADER_SIZE - 4)
                != crc(bytes, 0, ENTRY_HEADER_SIZE - 4)) {
            return null;
        }
        int sealedLength = header.getInt(4);
        long sequence = header.getLong(8);
        if (sealedLength < TAG_SIZE || sealedLength > MAX_PAYLOAD + TAG_SIZE
                || position + ENTRY_HEADER_SIZE + sealedLength > limit) {
            return null;
        }
        byte[] nonce = new byte[NONCE_SIZE];
        header.get(16, nonce);
        ByteBuffer sealed = ByteBuffer.allocate(sealedLength);
        readFully(sealed, position + ENTRY_HEADER_SIZE);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            cipher.updateAAD(entryAad(sequence));
            byte[] payload = cipher.doFinal(sealed.array());
            return new Sealed(sequence, payload, position + ENTRY_HEADER_SIZE + sealedLength);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
    }

    /**
     * Whether any authentic entry starts at or after {@code from}: decides between a torn tail (none: the bad entry
     * was the last write) and damage in the middle (some: confirmed saves follow). Looks at every offset, so a
     * damaged length field cannot hide the entries behind it.
     */
    private boolean authenticEntryAfter(long from, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK + 3);
        for (long base = from; size - base >= ENTRY_HEADER_SIZE + TAG_SIZE; base += SCAN_CHUNK) {
            chunk.clear();
            chunk.limit((int) Math.min(chunk.capacity(), size - base));
            readFully(chunk, base);
            int candidates = Math.min(SCAN_CHUNK, chunk.limit() - 3);
            for (int i = 0; i < candidates; i++) {
                if (chunk.getInt(i) == ENTRY_MARKER && readEntry(base + i, size) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if the bad entry at {@code position} is whole (so it failed its check, it was not cut off). */
    private boolean completeButUnauthentic(long position, long size) throws IOException {
        if (size - position < ENTRY_HEADER_SIZE) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(ENTRY_HEADER_SIZE);
        readFully(header, position);
        return header.getInt(0) == ENTRY_MARKER
                && header.getInt(ENTRY_HEADER_SIZE - 4) == crc(header.array(), 0, ENTRY_HEADER_SIZE - 4)
                && position + ENTRY_HEADER_SIZE + header.getInt(4) <= size;
    }

    private byte[] entryAad(long sequence) {
        return ByteBuffer.allocate(ENTRY_CONTEXT.length + 24).put(ENTRY_CONTEXT)
                .putLong(archive.getMostSignificantBits()).putLong(archive.getLeastSignificantBits())
                .putLong(sequence).array();
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private void readFully(ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new EOFException("Save journal " + file + " ended at byte " + at);
            }
            at += read;
        }
    }

    private void writeFully(ByteBuffer source, long position) throws IOException {
        long at = position;
        while (source.hasRemaining()) {
            at += channel.write(source, at);
        }
    }
}
