// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.time.LocalDate;
import java.util.List;

import org.huiwu.domain.common.Side;

/**
 * Art. 4: "information one side obtained from the other may not be made public or given to a third party without
 * the providing side's written consent". Material with information items always carries the marking; the other
 * side (the provider itself, or the side we exchange with) and our own internal use may have it; a third party may
 * have an item the other side provided only under a consent that covers it on that day. Our own side's items are
 * ours to give.
 */
public final class ReleaseRule {

    private ReleaseRule() {
    }

    public static Release decide(List<InformationItem> contained, Recipient recipient, List<Consent> consents,
                                 Side homeSide, LocalDate on) {
        if (recipient.kind() != RecipientKind.THIRD_PARTY) {
            return new Release(recipient, contained, List.of());
        }
        List<InformationItem> unconsented = contained.stream()
                .filter(item -> item.providingSide() != homeSide)
                .filter(item -> consents.stream().noneMatch(c -> c.covers(item, recipient.thirdParty(), on)))
                .toList();
        return new Release(recipient, contained, unconsented);
    }
}
