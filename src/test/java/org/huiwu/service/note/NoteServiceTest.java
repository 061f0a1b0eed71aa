// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.note;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

    private final InMemoryNotes repository = new InMemoryNotes();
    private final NoteService notes = new NoteService(repository, Side.KYRGYZSTAN,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNoteBelongsToTheHomeSideAndListenersHearOfEveryChange() {
        List<String> heard = new ArrayList<>();
        notes.addListener(new NoteService.Listener() {
            @Override
            public void saved(PrivateNote note) {
                heard.add("saved " + note.text());
            }

            @Override
            public void removed(PrivateNote note) {
                heard.add("removed " + note.text());
            }
        });
        PrivateNote note = notes.add(7, NoteSubject.PAIR, UUID.randomUUID(), "  Ң Ө Ү 注意  ");
        assertThat(note.side()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(note.text()).isEqualTo("Ң Ө Ү 注意");
        assertThat(note.createdAt()).isEqualTo(NOW);

        notes.edit(note.uuid(), "второй вариант");
        notes.remove(note.uuid());

        assertThat(heard).containsExactly("saved Ң Ө Ү 注意", "saved второй вариант", "removed второй вариант");
        assertThat(notes.all()).isEmpty();
    }

    @Test
    void theOtherSidesNotesAreNeitherListedNorChangeable() {
        PrivateNote theirs = repository.save(PrivateNote.create(7, NoteSubject.MEETING, UUID.randomUUID(),
                Side.CHINA, "对方的备注", NOW));
        PrivateNote ours = notes.add(7, NoteSubject.MEETING, UUID.randomUUID(), "наша заметка");

        assertThat(notes.ofMeeting(7)).containsExactly(ours);
        assertThat(notes.all()).containsExactly(ours);
        assertThatThrownBy(() -> notes.edit(theirs.uuid(), "改")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notes.remove(theirs.uuid())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankNoteIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> notes.add(7, NoteSubject.PAIR, UUID.randomUUID(), "   "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.findAll()).isEmpty();
    }
}
