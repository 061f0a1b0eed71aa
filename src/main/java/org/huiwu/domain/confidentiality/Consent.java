// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;

/**
 * The providing side's written consent (Art. 4) to giving its information to one third party: whole categories,
 * single items, or both, from the day it was given until an optional last day.
 */
public record Consent(UUID uuid, Side providingSide, LocalDate givenOn, String reference, String thirdParty,
                      Set<InformationCategory> categories, Set<UUID> items, LocalDate validUntil) {

    public Consent {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(providingSide, "providingSide");
        Objects.requireNonNull(givenOn, "givenOn");
        reference = Objects.requireNonNull(reference, "reference").strip();
        thirdParty = Objects.requireNonNull(thirdParty, "thirdParty").strip();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("A consent needs the reference of the letter that gave it");
        }
        if (thirdParty.isEmpty()) {
            throw new IllegalArgumentException("A consent names the third party it allows");
        }
        categories = Set.copyOf(categories);
        items = Set.copyOf(items);
        if (categories.isEmpty() && items.isEmpty()) {
            throw new IllegalArgumentException("A consent covers at least one category or item");
        }
        if (validUntil != null && validUntil.isBefore(givenOn)) {
            throw new IllegalArgumentException("A consent cannot end before it was given");
        }
    }

    public static Consent create(Side providingSide, LocalDate givenOn, String reference, String thirdParty,
                                 Set<InformationCategory> categories, Set<UUID> items, LocalDate validUntil) {
        return new Consent(UUID.randomUUID(), providingSide, givenOn, reference, thirdParty, categories, items,
                validUntil);
    }

    /** Whether this consent lets the item go to this third party on this day. */
    public boolean covers(InformationItem item, String party, LocalDate on) {
        return item.providingSide() == providingSide
                && sameParty(thirdParty, party)
                && !on.isBefore(givenOn)
                && (validUntil == null || !on.isAfter(validUntil))
                && (categories.contains(item.category()) || items.contains(item.uuid()));
    }

    /** Names of third parties match whatever their case and surrounding spaces ("OSCE" = " osce "). */
    static boolean sameParty(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
