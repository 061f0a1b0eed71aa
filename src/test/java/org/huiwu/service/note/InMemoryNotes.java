// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.note;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.note.PrivateNote;
import org.huiwu.domain.note.PrivateNoteRepository;

/** Private notes kept in memory, for service and view-model tests; ordered like the store orders them. */
public final class InMemoryNotes implements PrivateNoteRepository {

    private final Map<UUID, PrivateNote> notes = new LinkedHashMap<>();

    @Override
    public List<PrivateNote> findAll() {
        return notes.values().stream().sorted(Comparator.comparing(PrivateNote::updatedAt).reversed()).toList();
    }

    @Override
    public List<PrivateNote> ofMeeting(long meetingId) {
        return notes.values().stream().filter(n -> n.meetingId() == meetingId)
                .sorted(Comparator.comparing(PrivateNote::createdAt)).toList();
    }

    @Override
    public Optional<PrivateNote> find(UUID uuid) {
        return Optional.ofNullable(notes.get(uuid));
    }

    @Override
    public PrivateNote save(PrivateNote note) {
        notes.put(note.uuid(), note);
        return note;
    }

    @Override
    public void remove(UUID uuid) {
        notes.remove(uuid);
    }
}
