// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Messages;

/** One place as the places table shows it: both names side by side and the time zone with its offset. */
public record PlaceRow(Place place, String kind, String side, String nameZh, String nameRu, String zone) {

    static PlaceRow of(Place place, Messages messages) {
        return new PlaceRow(place, messages.of(place.kind()), messages.of(place.side()), place.name().zh(),
                place.name().ru(), Zones.describe(place.zone(), messages));
    }
}
