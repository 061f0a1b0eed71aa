// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

/**
 * The eight categories of information the sides exchange free of charge under Art. 4. Information received from the
 * other side may not go to a third party without the providing side's written consent.
 */
public enum InformationCategory {
    /** (一) the situation in the border area. */
    BORDER_SITUATION,
    /** (二) illegal (or likely) crossings by persons, vehicles and aircraft, and their methods. */
    ILLEGAL_CROSSINGS,
    /** (三) illegal crossers and persons trying to hide on the other side. */
    CROSSERS_AND_FUGITIVES,
    /** (四) searches for illegal crossers. */
    SEARCHES,
    /** (五) possible activity of terrorists, separatists, extremists and other offenders. */
    TERRORIST_ACTIVITY,
    /** (六) smuggling of weapons, ammunition, explosives and other prohibited goods. */
    SMUGGLING,
    /** (七) nature, time and place of major operations planned in the border area. */
    PLANNED_OPERATIONS,
    /** (八) natural disasters, infectious diseases and epidemics that may harm the other side. */
    DISASTERS_AND_EPIDEMICS;

    /** The item's number in Art. 4, 1 to 8. */
    public int item() {
        return ordinal() + 1;
    }
}
