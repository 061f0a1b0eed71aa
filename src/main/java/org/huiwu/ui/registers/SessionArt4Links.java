// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.service.ArchiveSession;

/** The meetings of the open archive, newest first, with their agenda items and newest minutes' clauses. */
public final class SessionArt4Links implements Art4Links {

    private static final int SHORT = 60;

    private final ArchiveSession session;

    public SessionArt4Links(ArchiveSession session) {
        this.session = session;
    }

    @Override
    public List<MeetingChoice> meetings() {
        return session.schedule().meetings().stream().sorted(Comparator.comparing(Meeting::start).reversed())
                .map(m -> new MeetingChoice(m.id(), m.localStart().toLocalDate() + " · " + m.title().joined()))
                .toList();
    }

    @Override
    public List<LinkChoice> agendaItems(long meetingId) {
        List<LinkChoice> choices = new ArrayList<>();
        List<AgendaItem> items = session.agenda().agenda(meetingId).items();
        for (int i = 0; i < items.size(); i++) {
            choices.add(new LinkChoice(items.get(i).uuid(), (i + 1) + ". " + shorten(items.get(i).title().joined())));
        }
        return choices;
    }

    @Override
    public List<LinkChoice> clauses(long meetingId) {
        List<LinkChoice> choices = new ArrayList<>();
        List<AlignedPair> pairs = session.minutes().current(meetingId).pairs();
        for (int i = 0; i < pairs.size(); i++) {
            AlignedPair pair = pairs.get(i);
            String text = pair.zh().text().isBlank() ? pair.ru().text() : pair.zh().text();
            choices.add(new LinkChoice(pair.uuid(), (i + 1) + ". " + shorten(text)));
        }
        return choices;
    }

    private static String shorten(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT) + "…";
    }
}
