// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Certificates a user trusts for verification (the counterpart's, a CA), from PEM or DER files. */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /** Every certificate in the file; an IOException when it holds none or cannot be read. */
    public static List<X509Certificate> read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            List<X509Certificate> found = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(stream)) {
                found.add((X509Certificate) certificate);
            }
            if (found.isEmpty()) {
                throw new IOException("no certificate in " + file);
            }
            return found;
        } catch (GeneralSecurityException e) {
            throw new IOException("not a certificate: " + file, e);
        }
    }
}
