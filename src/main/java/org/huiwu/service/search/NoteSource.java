// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;
import java.util.function.Consumer;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.domain.note.PrivateNoteRepository;

/**
 * The home side's private notes, so a deputy finds their own annotations. A note is one text in whatever language
 * it was written: it goes to the Chinese field when it has Chinese characters, to the Russian one when it has
 * other letters, to both when mixed, so each language's analysis finds it. The hit names the note; opening it
 * shows the clause, item or decision it is written on.
 */
final class NoteSource implements SearchSource {

    private final PrivateNoteRepository notes;
    private final Side home;

    NoteSource(PrivateNoteRepository notes, Side home) {
        this.notes = notes;
        this.home = home;
    }

    @Override
    public void entries(Meeting meeting, Consumer<SearchEntry> out) {
        List<PrivateNote> ofMeeting = notes.ofMeeting(meeting.id()).stream()
                .filter(note -> note.side() == home)
                .toList();
        for (int i = 0; i < ofMeeting.size(); i++) {
            PrivateNote note = ofMeeting.get(i);
            out.accept(new SearchEntry(HitKind.NOTE, note.subjectUuid(), i + 1, split(note.text())));
        }
    }

    static Bilingual split(String text) {
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean other = text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN);
        return Bilingual.of(han ? text : "", other || !han ? text : "");
    }
}
