// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.login.LoginException;
import javax.security.auth.x500.X500Principal;

/**
 * A signing key from a PKCS#12 file or a PKCS#11 token (a smart card), for the window and the command line alike.
 * The password or PIN is only passed through; the caller wipes it.
 */
public final class SigningKeys {

    /** Why a key could not be had, for the user's message. */
    public enum Failure { WRONG_SECRET, NO_SUCH_ALIAS, UNREADABLE, UNUSABLE }

    public static final class KeyUnavailable extends Exception {
        private final Failure failure;

        KeyUnavailable(Failure failure, String detail, Throwable cause) {
            super(detail, cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A key with its chain, and the provider that holds it (null for a key in memory). */
    public record Key(PrivateKey privateKey, Certificate[] chain, Provider provider) {
        public X509Certificate certificate() {
            return (X509Certificate) chain[0];
        }

        /** The certificate's common name, as the visible signature and messages name the signer. */
        public String name() {
            String cn = attribute(certificate(), "CN");
            return cn.isEmpty() ? certificate().getSubjectX500Principal().getName() : cn;
        }

        /** Logs out of the token, if the key is on one: the card's session must not stay open after signing. */
        public void release() {
            if (provider instanceof java.security.AuthProvider token) {
                try {
                    token.logout();
                } catch (javax.security.auth.login.LoginException e) {
                    // already logged out, or the card was removed: nothing left open either way
                }
            }
        }

        /** The certificate's title attribute, or empty. */
        public String title() {
            return attribute(certificate(), "T");
        }
    }

    private SigningKeys() {
    }

    /** The key under {@code alias} in a PKCS#12 file. */
    public static Key fromFile(Path keystore, String alias, char[] password) throws KeyUnavailable {
        try (InputStream stream = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(stream, password);
            return key(store, alias, password, null);
        } catch (NoSuchFileException e) {
            throw new KeyUnavailable(Failure.UNREADABLE, keystore.toString(), e);
        } catch (IOException e) {
            throw wrongSecretOr(e, Failure.UNREADABLE);
        } catch (GeneralSecurityException e) {
            throw new KeyUnavailable(Failure.UNUSABLE, String.valueOf(e.getMessage()), e);
        }
    }

    /** The key under {@code alias} (or the token's first key when null) on a PKCS#11 token. */
    public static Key fromToken(Path configuration, String alias, char[] pin) throws KeyUnavailable {
        try {
            Provider provider = Security.getProvider("SunPKCS11").configure(configuration.toString());
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return key(store, alias, pin, provider);
        } catch (IOException e) {
            throw wrongSecretOr(e, Failure.UNUSABLE);
        } catch (GeneralSecurityException | RuntimeException e) {
            // configure() throws InvalidParameterException for a bad configuration or library.
            throw new KeyUnavailable(Failure.UNUSABLE, String.valueOf(e.getMessage()), e);
        }
    }

    private static Key key(KeyStore store, String alias, char[] password, Provider provider)
            throws GeneralSecurityException, KeyUnavailable {
        String chosen = alias;
        if (chosen == null || chosen.isBlank()) {
            chosen = Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).findFirst().orElse(null);
        }
        if (chosen == null || !store.isKeyEntry(chosen)) {
            throw new KeyUnavailable(Failure.NO_SUCH_ALIAS, String.valueOf(chosen), null);
        }
        try {
            return new Key((PrivateKey) store.getKey(chosen, password), store.getCertificateChain(chosen), provider);
        } catch (UnrecoverableKeyException e) {
            throw new KeyUnavailable(Failure.WRONG_SECRET, "", e);
        }
    }

    /** A wrong PKCS#12 password or token PIN surfaces as an IOException around the real reason. */
    private static KeyUnavailable wrongSecretOr(IOException e, Failure otherwise) {
        if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof LoginException
                || String.valueOf(e.getMessage()).contains("password")) {
            return new KeyUnavailable(Failure.WRONG_SECRET, "", e);
        }
        return new KeyUnavailable(otherwise, String.valueOf(e.getMessage()), e);
    }

    private static String attribute(X509Certificate certificate, String type) {
        try {
            // Name the title attribute (2.5.4.12), which RFC 2253 output would give only as an OID.
            String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253,
                    Map.of("2.5.4.12", "T"));
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return "";
        }
        return "";
    }
}
