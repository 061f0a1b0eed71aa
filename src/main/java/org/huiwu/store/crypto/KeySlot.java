// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One passphrase's way to the archive's file key: the file key sealed with AES-256-GCM under a key derived from the
 * passphrase. The archive's UUID and the slot number are authenticated with it, so a slot cannot be moved to
 * another archive or slot. Changing a passphrase writes a new slot; the archive itself is not touched.
 */
public record KeySlot(int number, String label, byte[] salt, byte[] nonce, byte[] sealedKey) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TAG_BITS = 128;

    public KeySlot {
        salt = salt.clone();
        nonce = nonce.clone();
        sealedKey = sealedKey.clone();
    }

    /** Seals the file key under the passphrase. */
    public static KeySlot seal(int number, String label, FileKey fileKey, char[] passphrase, KeyDerivation kdf,
                               UUID archive) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] slotKey = kdf.derive(passphrase, salt);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(slotKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(archive, number));
            byte[] plain = fileKey.bytes();
            try {
                return new KeySlot(number, label, salt, nonce, cipher.doFinal(plain));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        } finally {
            Arrays.fill(slotKey, (byte) 0);
        }
    }

    /** The file key, or {@link WrongPassphraseException} when the passphrase is not this slot's. */
    public FileKey open(char[] passphrase, KeyDerivation kdf, UUID archive) throws WrongPassphraseException {
        byte[] slotKey = kdf.derive(passphrase, salt);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(slotKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(archive, number));
            byte[] plain = cipher.doFinal(sealedKey);
            try {
                return FileKey.of(plain);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        } finally {
            Arrays.fill(slotKey, (byte) 0);
        }
    }

    private static byte[] associatedData(UUID archive, int number) {
        return ("huiwu-slot:" + archive + ":" + number).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] sealedKey() {
        return sealedKey.clone();
    }

    /** The passphrase does not open this slot. */
    public static final class WrongPassphraseException extends Exception {
        public WrongPassphraseException() {
            super("Wrong passphrase");
        }
    }
}
