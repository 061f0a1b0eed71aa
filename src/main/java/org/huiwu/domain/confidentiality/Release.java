// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "may this material go to this recipient": the information items it contains (marked when there
 * are any) and those a third party may not have for want of the providing side's consent (refused when there are).
 */
public record Release(Recipient recipient, List<InformationItem> contained, List<InformationItem> unconsented) {

    public Release {
        Objects.requireNonNull(recipient, "recipient");
        contained = List.copyOf(contained);
        unconsented = List.copyOf(unconsented);
    }

    public boolean allowed() {
        return unconsented.isEmpty();
    }

    /** Whether the material must carry the Art. 4 marking. */
    public boolean marked() {
        return !contained.isEmpty();
    }

    /** Throws the refusal when the release is not allowed; returns this otherwise. */
    public Release orRefuse() {
        if (!allowed()) {
            throw new ReleaseRefusedException(this);
        }
        return this;
    }
}
