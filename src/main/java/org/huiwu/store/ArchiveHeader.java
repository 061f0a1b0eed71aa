// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.huiwu.store.crypto.KeyDerivation;
import org.huiwu.store.crypto.KeySlot;

/**
 * The small plain file beside the database: what the folder holds (name and home side, shown before unlocking),
 * the key derivation and its cost, and the key slots. It holds no record and no usable key: the file key is only
 * in it sealed under passphrases.
 */
final class ArchiveHeader {

    static final String FILE_NAME = "huiwu-archive.properties";
    /** 2: encrypted with key slots. 1 (unencrypted, development builds only) is no longer opened. */
    static final int FORMAT = 2;
    private static final java.util.regex.Pattern SLOT_KEY =
            java.util.regex.Pattern.compile("slot\\.([1-9][0-9]{0,8})\\.sealedKey");

    private ArchiveHeader() {
    }

    /** What the header says. {@code encrypted} is false only for archives made by tests as a positive control. */
    record Contents(ArchiveInfo info, boolean encrypted, KeyDerivation kdf, List<KeySlot> slots) {

        Contents {
            slots = List.copyOf(slots);
        }

        Contents withSlot(KeySlot replacement) {
            List<KeySlot> replaced = new ArrayList<>();
            for (KeySlot slot : slots) {
                replaced.add(slot.number() == replacement.number() ? replacement : slot);
            }
            return new Contents(info, encrypted, kdf, replaced);
        }

        /** A new user's slot beside the others. */
        Contents withAddedSlot(KeySlot added) {
            List<KeySlot> more = new ArrayList<>(slots);
            more.add(added);
            return new Contents(info, encrypted, kdf, more);
        }

        /** A removed user's slot gone: their passphrase no longer opens the archive. */
        Contents withoutSlot(int number) {
            List<KeySlot> fewer = new ArrayList<>(slots);
            fewer.removeIf(slot -> slot.number() == number);
            return new Contents(info, encrypted, kdf, fewer);
        }

        /** The highest slot number in use, 0 when there is none. */
        int highestSlot() {
            return slots.stream().mapToInt(KeySlot::number).max().orElse(0);
        }
    }

    static Path file(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    static Optional<Contents> read(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, folder.toString());
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file(folder), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.IO, folder.toString(), e);
        }
        return Optional.of(fromProperties(properties, folder.toString()));
    }

    /** The header's fields from its properties (a backup file carries them too); {@code detail} names the source. */
    static Contents fromProperties(Properties properties, String detail) {
        try {
            int format = Integer.parseInt(properties.getProperty("format", "0"));
            if (format > FORMAT) {
                throw new ArchiveException(ArchiveException.Reason.NEWER_FORMAT, detail);
            }
            if (format < FORMAT) {
                throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, detail);
            }
            ArchiveInfo info = new ArchiveInfo(
                    UUID.fromString(properties.getProperty("uuid")),
                    properties.getProperty("name", ""),
                    Side.ofCode(properties.getProperty("homeSide")),
                    Boolean.parseBoolean(properties.getProperty("sample")),
                    Instant.parse(properties.getProperty("createdAt")));
            boolean encrypted = !"none".equals(properties.getProperty("cipher"));
            KeyDerivation kdf = new KeyDerivation(properties.getProperty("kdf.algorithm"),
                    Integer.parseInt(properties.getProperty("kdf.iterations")));
            Base64.Decoder base64 = Base64.getDecoder();
            List<KeySlot> slots = new ArrayList<>();
            // Slot numbers have gaps once a user is removed: every slot.N.sealedKey counts, in number order.
            java.util.SortedSet<Integer> numbers = new java.util.TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                java.util.regex.Matcher slotKey = SLOT_KEY.matcher(key);
                if (slotKey.matches()) {
                    numbers.add(Integer.parseInt(slotKey.group(1)));
                }
            }
            for (int number : numbers) {
                String prefix = "slot." + number + ".";
                byte[] salt = base64.decode(properties.getProperty(prefix + "salt"));
                byte[] nonce = base64.decode(properties.getProperty(prefix + "nonce"));
                byte[] sealedKey = base64.decode(properties.getProperty(prefix + "sealedKey"));
                // A damaged slot is a damaged archive, not a wrong passphrase or a crash.
                if (salt.length != 16 || nonce.length != 12 || sealedKey.length != 48) {
                    throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, detail);
                }
                slots.add(new KeySlot(number, properties.getProperty(prefix + "label", ""), salt, nonce, sealedKey));
            }
            if (encrypted && slots.isEmpty()) {
                throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, detail);
            }
            return new Contents(info, encrypted, kdf, slots);
        } catch (NullPointerException | IllegalArgumentException | DateTimeParseException e) {
            throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, detail, e);
        }
    }

    /**
     * Written to a temporary file, forced to disk and moved into place, so a crash leaves either the old header or
     * the new one, never half of one (a lost header would lock the records away for good).
     */
    static void write(Path folder, Contents contents) throws IOException {
        Properties properties = toProperties(contents);
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Huiwu archive: the records are in the encrypted database beside this file");
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The header's fields as properties: the header file, and the plain part of a backup (key slots included). */
    static Properties toProperties(Contents contents) {
        ArchiveInfo info = contents.info();
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(FORMAT));
        properties.setProperty("uuid", info.uuid().toString());
        properties.setProperty("name", info.name());
        properties.setProperty("homeSide", info.homeSide().code());
        properties.setProperty("sample", Boolean.toString(info.sample()));
        properties.setProperty("createdAt", info.createdAt().toString());
        properties.setProperty("cipher", contents.encrypted() ? "AES" : "none");
        properties.setProperty("kdf.algorithm", contents.kdf().algorithm());
        properties.setProperty("kdf.iterations", Integer.toString(contents.kdf().iterations()));
        Base64.Encoder base64 = Base64.getEncoder();
        for (KeySlot slot : contents.slots()) {
            String prefix = "slot." + slot.number() + ".";
            properties.setProperty(prefix + "label", slot.label());
            properties.setProperty(prefix + "salt", base64.encodeToString(slot.salt()));
            properties.setProperty(prefix + "nonce", base64.encodeToString(slot.nonce()));
            properties.setProperty(prefix + "sealedKey", base64.encodeToString(slot.sealedKey()));
        }
        return properties;
    }
}
