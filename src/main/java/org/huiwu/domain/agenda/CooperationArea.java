// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

/** The ten areas of cooperation of Art. 2 of the agreement; agenda items and clauses are tagged with them. */
public enum CooperationArea {
    /** (一) exchanging information and experience on guarding the border and keeping order. */
    INFORMATION_AND_EXPERIENCE,
    /** (二) agreeing measures to guard the border and keep order in the border area. */
    BORDER_MEASURES,
    /** (三) stopping illegal migration and illegal crossings. */
    ILLEGAL_MIGRATION,
    /** (四) preventing incidents and disputes in the border area. */
    INCIDENT_PREVENTION,
    /** (五) countering terrorist, separatist and extremist activity, with other bodies. */
    COUNTER_TERRORISM,
    /** (六) helping to prevent trafficking of drugs and nuclear materials and smuggling of weapons. */
    TRAFFICKING_AND_SMUGGLING,
    /** (七) finding, detaining and promptly handing over illegal crossers, their vehicles and property. */
    HANDOVER_OF_CROSSERS,
    /** (八) exchanging experience and technical means of guarding the border. */
    TECHNICAL_MEANS,
    /** (九) material and technical assistance. */
    MATERIAL_ASSISTANCE,
    /** (十) training border officers. */
    OFFICER_TRAINING;

    /** The item's number in Art. 2, 1 to 10. */
    public int item() {
        return ordinal() + 1;
    }
}
