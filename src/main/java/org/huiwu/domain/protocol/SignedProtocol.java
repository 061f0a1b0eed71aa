// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A protocol original as signed, kept in the archive: the PDF bytes with their SHA-256, and the minutes version it
 * was made from, which can no longer change.
 *
 * @param signatures how many signatures the PDF holds (1 after the first representative, 2 when complete)
 */
public record SignedProtocol(UUID uuid, long meetingId, UUID minutesVersion, Original original, int signatures,
                             String sha256, byte[] pdf, Instant storedAt) {

    public SignedProtocol {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(minutesVersion, "minutesVersion");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
