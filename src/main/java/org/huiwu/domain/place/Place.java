// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.place;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;

/** A place in the register: named in both languages, on one side of the border, with its time zone. */
public record Place(Long id, UUID uuid, PlaceKind kind, Side side, Bilingual name, ZoneId zone) {

    public Place {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }

    public static Place create(PlaceKind kind, Side side, Bilingual name, ZoneId zone) {
        return new Place(null, UUID.randomUUID(), kind, side, name, zone);
    }

    public Place withId(long newId) {
        return new Place(newId, uuid, kind, side, name, zone);
    }
}
