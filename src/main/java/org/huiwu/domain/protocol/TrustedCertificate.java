// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.time.Instant;
import java.util.Objects;

/** A certificate the archive trusts for verifying signed protocols (the counterpart's, or a CA), as DER bytes. */
public record TrustedCertificate(String sha256, byte[] der, String subject, Instant addedAt) {

    public TrustedCertificate {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
