// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.place;

/** Kinds of places where meetings are held (Art. 3). */
public enum PlaceKind {
    /** Beijing or Bishkek, where leadership meetings alternate. */
    CAPITAL,
    /** Border city, usual for working meetings. */
    BORDER_CITY,
    /** Meeting station (会晤站) on the border, for talks of the border representatives. */
    MEETING_STATION,
    OTHER
}
