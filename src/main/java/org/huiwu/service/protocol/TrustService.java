// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.protocol;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.huiwu.domain.protocol.TrustedCertificate;
import org.huiwu.domain.protocol.TrustedCertificateRepository;

/** The certificates the archive trusts when verifying signed protocols: imported by a user, kept with the archive. */
public final class TrustService {

    private final TrustedCertificateRepository repository;
    private final Clock clock;

    public TrustService(TrustedCertificateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Trusts the certificate from then on, in this archive; the same one twice is kept once. */
    public TrustedCertificate trust(X509Certificate certificate) {
        try {
            byte[] der = certificate.getEncoded();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            return repository.add(new TrustedCertificate(sha256, der,
                    certificate.getSubjectX500Principal().getName(), clock.instant()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an encodable certificate", e);
        }
    }

    public void distrust(String sha256) {
        repository.remove(sha256);
    }

    public List<TrustedCertificate> trusted() {
        return repository.all();
    }

    /** The trusted certificates, ready for verification. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (TrustedCertificate trusted : repository.all()) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(trusted.der())));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored certificate no longer reads", e);
        }
        return certificates;
    }
}
