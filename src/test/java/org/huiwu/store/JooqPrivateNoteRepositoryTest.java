// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JooqPrivateNoteRepositoryTest {

    private static final char[] PASSPHRASE = "备注 заметка passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-03-05T04:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void notesAreListedPerMeetingAndAllTogetherReplacedByUuidAndRemoved() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "备注", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            var station = StoreFixture.station(archive);
            Meeting march = StoreFixture.meeting(archive, station, AT, List.of());
            Meeting may = StoreFixture.meeting(archive, station, AT.plusSeconds(86_400 * 60), List.of());
            PrivateNote onPair = archive.notes().save(PrivateNote.create(march.id(), NoteSubject.PAIR,
                    UUID.randomUUID(), Side.KYRGYZSTAN, "Ң Ө Ү — уточнить 边境", AT));
            PrivateNote onItem = archive.notes().save(PrivateNote.create(march.id(), NoteSubject.AGENDA_ITEM,
                    UUID.randomUUID(), Side.KYRGYZSTAN, "议程备注", AT.plusSeconds(10)));
            PrivateNote elsewhere = archive.notes().save(PrivateNote.create(may.id(), NoteSubject.DECISION,
                    UUID.randomUUID(), Side.KYRGYZSTAN, "решение", AT.plusSeconds(20)));

            PrivateNote edited = archive.notes().save(onPair.withText("Ң Ө Ү — уточнено", AT.plusSeconds(30)));

            assertThat(archive.notes().ofMeeting(march.id())).containsExactly(edited, onItem);
            assertThat(archive.notes().findAll()).containsExactly(edited, elsewhere, onItem);
            assertThat(archive.notes().find(onPair.uuid())).contains(edited);

            archive.notes().remove(onItem.uuid());
            assertThat(archive.notes().ofMeeting(march.id())).containsExactly(edited);
            archive.notes().remove(UUID.randomUUID());
            assertThat(archive.notes().findAll()).hasSize(2);
        }
    }

    @Test
    void notesTheDatabaseLostComeBackFromTheJournalAndARemovedNoteStaysRemoved() {
        Path folder = temp.resolve("a");
        UUID meetingUuid;
        PrivateNote kept;
        PrivateNote removed;
        try (H2Archive archive = (H2Archive) access.create(folder, "备注", Side.CHINA, false, PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of());
            meetingUuid = meeting.uuid();
            kept = archive.notes().save(PrivateNote.create(meeting.id(), NoteSubject.PAIR, UUID.randomUUID(),
                    Side.CHINA, "保留的备注 Ң Ө Ү", AT));
            kept = archive.notes().save(kept.withText("修改后的备注 Ң Ө Ү", AT.plusSeconds(5)));
            removed = archive.notes().save(PrivateNote.create(meeting.id(), NoteSubject.MEETING, meetingUuid,
                    Side.CHINA, "删除", AT));
            archive.notes().remove(removed.uuid());
            StoreFixture.loseEverything(archive.dsl());
            assertThat(archive.notes().findAll()).isEmpty();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            long meetingId = StoreFixture.meetingId(reopened, meetingUuid);
            List<PrivateNote> back = reopened.notes().ofMeeting(meetingId);
            assertThat(back).hasSize(1);
            PrivateNote note = back.get(0);
            assertThat(note.uuid()).isEqualTo(kept.uuid());
            assertThat(note.text()).isEqualTo("修改后的备注 Ң Ө Ү");
            assertThat(note.subject()).isEqualTo(NoteSubject.PAIR);
            assertThat(note.subjectUuid()).isEqualTo(kept.subjectUuid());
            assertThat(note.side()).isEqualTo(Side.CHINA);
            assertThat(note.createdAt()).isEqualTo(AT);
            assertThat(note.updatedAt()).isEqualTo(AT.plusSeconds(5));
            assertThat(reopened.notes().find(removed.uuid())).isEmpty();
        }
    }
}
