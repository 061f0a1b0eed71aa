// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.huiwu.i18n.Messages;

/** The time zones a place on this border can be in, and how the registers name them. */
final class Zones {

    /** Beijing time, Xinjiang's local time and Bishkek: the zones of the places on both sides of this border. */
    static final List<ZoneId> SENSIBLE = List.of(
            ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Urumqi"), ZoneId.of("Asia/Bishkek"));

    private Zones() {
    }

    /** The sensible zones first, then any other zone the register already uses, without repeats. */
    static List<ZoneId> choices(Collection<ZoneId> used) {
        Set<ZoneId> zones = new LinkedHashSet<>(SENSIBLE);
        used.stream().filter(Objects::nonNull).forEach(zones::add);
        return List.copyOf(zones);
    }

    /** "Asia/Shanghai (UTC+08:00)", the offset as it is now (none of the sensible zones keeps summer time). */
    static String describe(ZoneId zone, Messages messages) {
        if (zone == null) {
            return "";
        }
        ZoneOffset offset = zone.getRules().getOffset(Instant.now());
        String signed = offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
        return messages.get("registers.zone.display", zone.getId(), signed);
    }
}
