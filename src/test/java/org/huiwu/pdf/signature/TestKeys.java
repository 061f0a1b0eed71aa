// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and certificates made for tests: a CA, representatives' certificates it issues, expired ones. */
public final class TestKeys {

    private static final AtomicLong SERIAL = new AtomicLong(1000);

    /** A key with its certificate chain, the signer's first. */
    public record Holder(PrivateKey key, X509Certificate[] chain) {
        public X509Certificate certificate() {
            return chain[0];
        }
    }

    private TestKeys() {
    }

    public static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static Holder ca(String name, Instant from, Instant to) throws Exception {
        KeyPair pair = rsa();
        X509Certificate certificate = certificate(name, pair, name, pair.getPrivate(), from, to, true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign);
        return new Holder(pair.getPrivate(), new X509Certificate[] {certificate});
    }

    /** A signing certificate issued by {@code issuer} (or self-signed when null). */
    public static Holder signer(String name, KeyPair pair, Holder issuer, Instant from, Instant to) throws Exception {
        String issuerName = issuer == null ? name : issuer.certificate().getSubjectX500Principal().getName();
        PrivateKey issuerKey = issuer == null ? pair.getPrivate() : issuer.key();
        X509Certificate certificate = certificate(name, pair, issuerName, issuerKey, from, to, false,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        X509Certificate[] chain = issuer == null ? new X509Certificate[] {certificate}
                : new X509Certificate[] {certificate, issuer.certificate()};
        return new Holder(pair.getPrivate(), chain);
    }

    private static X509Certificate certificate(String subject, KeyPair pair, String issuer, PrivateKey issuerKey,
                                               Instant from, Instant to, boolean ca, int usage) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject),
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        String algorithm = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
    }

    /** A CRL from {@code issuer} revoking {@code revoked} (or nothing when null) since {@code since}. */
    public static byte[] crl(Holder issuer, X509Certificate revoked, Instant since) throws Exception {
        org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                new X500Name(issuer.certificate().getSubjectX500Principal().getName()), Date.from(since));
        if (revoked != null) {
            builder.addCRLEntry(revoked.getSerialNumber(), Date.from(since),
                    org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
        }
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())).getEncoded();
    }
}
