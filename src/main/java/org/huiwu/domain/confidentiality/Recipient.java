// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.util.Objects;

/** The recipient of an export or a print; a third party is named, since consents are given per third party. */
public record Recipient(RecipientKind kind, String thirdParty) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        thirdParty = thirdParty == null ? "" : thirdParty.strip();
        if (kind == RecipientKind.THIRD_PARTY && thirdParty.isEmpty()) {
            throw new IllegalArgumentException("A third party recipient needs a name");
        }
        if (kind != RecipientKind.THIRD_PARTY) {
            thirdParty = "";
        }
    }

    public static Recipient otherSide() {
        return new Recipient(RecipientKind.OTHER_SIDE, "");
    }

    public static Recipient ownInternal() {
        return new Recipient(RecipientKind.OWN_INTERNAL, "");
    }

    public static Recipient thirdParty(String name) {
        return new Recipient(RecipientKind.THIRD_PARTY, name);
    }

    /** "OTHER_SIDE", "OWN_INTERNAL" or "THIRD_PARTY:OSCE": for audit details. */
    public String describe() {
        return kind == RecipientKind.THIRD_PARTY ? kind.name() + ":" + thirdParty : kind.name();
    }
}
