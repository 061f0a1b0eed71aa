// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.util.List;

/** The certificates the archive trusts. */
public interface TrustedCertificateRepository {

    /** Adds it; the same certificate twice is kept once. */
    TrustedCertificate add(TrustedCertificate certificate);

    void remove(String sha256);

    List<TrustedCertificate> all();
}
