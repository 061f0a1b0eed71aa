// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;

/**
 * What a protocol of a meeting says, in both languages, ready to be laid out: the record as it stands in one version
 * of the minutes. Only final minutes make an original; anything else is a draft.
 *
 * @param minutesSha256 the SHA-256 of the minutes version it was made from (hex), printed in every page's QR code
 * @param signatories   the head of each side's delegation, who signs; absent when the attendance names nobody
 * @param art4Marked    whether it contains information given under Art. 4, so every page carries the marking
 */
public record Protocol(ProtocolNumber number, Bilingual title, MeetingLevel level, LocalDate date, Bilingual place,
                       Side host, List<Participant> participants, List<Bilingual> agenda, List<Bilingual> clauses,
                       List<DecisionLine> decisions, boolean draft, int version, String minutesSha256,
                       List<Participant> signatories, boolean art4Marked) {

    public Protocol {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        clauses = List.copyOf(clauses);
        decisions = List.copyOf(decisions);
        signatories = List.copyOf(signatories);
    }

    /** A protocol without Art. 4 information. */
    public Protocol(ProtocolNumber number, Bilingual title, MeetingLevel level, LocalDate date, Bilingual place,
                    Side host, List<Participant> participants, List<Bilingual> agenda, List<Bilingual> clauses,
                    List<DecisionLine> decisions, boolean draft, int version, String minutesSha256,
                    List<Participant> signatories) {
        this(number, title, level, date, place, host, participants, agenda, clauses, decisions, draft, version,
                minutesSha256, signatories, false);
    }

    /** The same protocol, marked (or not) as containing Art. 4 information. */
    public Protocol withArt4Marking(boolean marked) {
        return new Protocol(number, title, level, date, place, host, participants, agenda, clauses, decisions, draft,
                version, minutesSha256, signatories, marked);
    }

    /** A member of a delegation: their side, name, rank or post, and role at the meeting. */
    public record Participant(Side side, Bilingual name, Bilingual post, DelegationRole role) {
    }

    /** A decision or action item with the side responsible and the date due (null: none set). */
    public record DecisionLine(Bilingual text, Responsibility responsible, LocalDate due) {
    }

    /** The signatory of a side, if the attendance names one. */
    public java.util.Optional<Participant> signatory(Side side) {
        return signatories.stream().filter(p -> p.side() == side).findFirst();
    }

    /** The participants of a side, in the order recorded. */
    public List<Participant> of(Side side) {
        return participants.stream().filter(p -> p.side() == side).toList();
    }
}
