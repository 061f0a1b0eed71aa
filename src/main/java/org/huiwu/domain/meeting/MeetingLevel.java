// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

/** The three levels of meetings set up by Art. 3 of the agreement. */
public enum MeetingLevel {
    /** 会晤: leaders of the Ministry and the Border Service, every two years, alternating between the capitals. */
    LEADERSHIP("L", ContactChannel.DIPLOMATIC),
    /** 工作会晤: leaders of the military district and the Border Service, in border cities as needed. */
    WORKING("W", ContactChannel.DIPLOMATIC_OR_BORDER_REPRESENTATIVES),
    /** 会谈: border representatives at meeting stations. */
    TALKS("T", ContactChannel.LIAISON_OFFICERS_OR_LETTERS);

    private final String letter;
    private final ContactChannel channel;

    MeetingLevel(String letter, ContactChannel channel) {
        this.letter = letter;
        this.channel = channel;
    }

    /** One letter for protocol numbers (2026-T-007). */
    public String letter() {
        return letter;
    }

    public ContactChannel channel() {
        return channel;
    }
}
