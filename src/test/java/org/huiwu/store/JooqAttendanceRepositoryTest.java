// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JooqAttendanceRepositoryTest {

    private static final char[] PASSPHRASE = "出席 присутствие passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void attendanceRecordedAsNobodyDiffersFromAttendanceNotRecorded() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "出席", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            Meeting recorded = StoreFixture.meeting(archive, place, AT, List.of());
            Meeting unrecorded = StoreFixture.meeting(archive, place, AT.plusSeconds(86_400), List.of());

            archive.attendance().save(recorded.id(), Attendance.NONE);

            assertThat(archive.attendance().of(recorded.id()))
                    .hasValueSatisfying(attendance -> assertThat(attendance.isEmpty()).isTrue());
            assertThat(archive.attendance().of(unrecorded.id())).isEmpty();
        }
    }

    @Test
    void attendanceComesBackAsSavedAndASaveReplacesIt() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "出席", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            Person wang = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person li = StoreFixture.person(archive, Side.CHINA, "李明", "Ли Мин");
            Person asanov = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT,
                    List.of(DelegationMember.of(wang.id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                            DelegationMember.of(asanov.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE)));
            Attendance attendance = new Attendance(List.of(
                    new Attendee(asanov.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                    new Attendee(li.id(), Side.CHINA, DelegationRole.INTERPRETER),
                    new Attendee(wang.id(), Side.CHINA, DelegationRole.DEPUTY)));

            archive.attendance().save(meeting.id(), attendance);
            assertThat(archive.attendance().of(meeting.id())).contains(attendance);

            Attendance fewer = new Attendance(List.of(new Attendee(wang.id(), Side.CHINA,
                    DelegationRole.REPRESENTATIVE)));
            archive.attendance().save(meeting.id(), fewer);
            assertThat(archive.attendance().of(meeting.id())).contains(fewer);
            archive.attendance().save(meeting.id(), Attendance.NONE);
            assertThat(archive.attendance().of(meeting.id())).contains(Attendance.NONE);
            // The planned delegation is the meeting's and stays.
            assertThat(archive.meetings().findById(meeting.id()).orElseThrow().delegation()).hasSize(2);
        }
    }

    @Test
    void attendanceTheDatabaseLostComesBackWithThePeoplesNewKeysAndEmptyStaysRecorded() {
        Path folder = temp.resolve("a");
        UUID recordedUuid;
        UUID emptyUuid;
        UUID unrecordedUuid;
        UUID wangUuid;
        UUID asanovUuid;
        try (H2Archive archive = (H2Archive) access.create(folder, "出席", Side.CHINA, false, PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            Person wang = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person asanov = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            wangUuid = wang.uuid();
            asanovUuid = asanov.uuid();
            Meeting recorded = StoreFixture.meeting(archive, place, AT, List.of());
            Meeting empty = StoreFixture.meeting(archive, place, AT.plusSeconds(86_400), List.of());
            Meeting unrecorded = StoreFixture.meeting(archive, place, AT.plusSeconds(2 * 86_400), List.of());
            recordedUuid = recorded.uuid();
            emptyUuid = empty.uuid();
            unrecordedUuid = unrecorded.uuid();
            archive.attendance().save(recorded.id(), new Attendance(List.of(
                    new Attendee(wang.id(), Side.CHINA, DelegationRole.REPRESENTATIVE))));
            archive.attendance().save(recorded.id(), new Attendance(List.of(
                    new Attendee(asanov.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                    new Attendee(wang.id(), Side.CHINA, DelegationRole.EXPERT))));
            archive.attendance().save(empty.id(), Attendance.NONE);
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            long wang = personId(reopened, wangUuid);
            long asanov = personId(reopened, asanovUuid);
            assertThat(reopened.attendance().of(StoreFixture.meetingId(reopened, recordedUuid))).contains(
                    new Attendance(List.of(new Attendee(asanov, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                            new Attendee(wang, Side.CHINA, DelegationRole.EXPERT))));
            assertThat(reopened.attendance().of(StoreFixture.meetingId(reopened, emptyUuid)))
                    .contains(Attendance.NONE);
            assertThat(reopened.attendance().of(StoreFixture.meetingId(reopened, unrecordedUuid))).isEmpty();
            // Place, two people, three meetings, and two meetings' attendance recorded.
            assertThat(access.lastReplay().restored()).isEqualTo(1 + 2 + 3 + 2);
        }
    }

    @Test
    void replayingAttendanceTheDatabaseStillHasChangesNothing() throws Exception {
        Path folder = temp.resolve("a");
        long meetingId;
        Attendance last;
        try (H2Archive archive = (H2Archive) access.create(folder, "出席", Side.CHINA, false, PASSPHRASE.clone())) {
            Person wang = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            archive.attendance().save(meetingId, Attendance.NONE);
            last = archive.attendance().save(meetingId, new Attendance(List.of(
                    new Attendee(wang.id(), Side.CHINA, DelegationRole.LIAISON_OFFICER))));
            // Replayed onto a database that has every save already.
            assertThat(archive.replayJournal().restored()).isZero();
            assertThat(archive.attendance().of(meetingId)).contains(last);
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.attendance().of(meetingId)).contains(last);
        }
    }

    private static long personId(H2Archive archive, UUID uuid) {
        return archive.people().findAll().stream().filter(p -> p.uuid().equals(uuid)).findFirst().orElseThrow()
                .id();
    }
}
