// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.store.generated.Tables.DELEGATION_MEMBER;
import static org.huiwu.store.generated.Tables.MEETING;
import static org.huiwu.store.generated.Tables.PERSON;
import static org.huiwu.store.generated.Tables.PLACE;

/** A save is journaled before it returns, and the journal gives back what H2 lost. */
class JournalReplayTest {

    private static final char[] PASSPHRASE = "журнал 日志 passphrase".toCharArray();

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void everySaveIsInTheJournalWhenItReturns() {
        Path folder = temp.resolve("archive");
        try (H2Archive archive = (H2Archive) access.create(folder, "日志", Side.CHINA, false, PASSPHRASE.clone())) {
            archive.places().save(place("纳伦", "Нарын"));
            archive.people().save(person());
            assertThat(journalEntries(archive)).isEqualTo(2);
        }
    }

    @Test
    void whatTheDatabaseLostAfterAConfirmedSaveComesBackFromTheJournal() {
        Path folder = temp.resolve("archive");
        Meeting saved;
        try (H2Archive archive = (H2Archive) access.create(folder, "日志", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            Place place = archive.places().save(place("别迭里会晤站", "Пункт встреч «Бедел»"));
            Person person = archive.people().save(person());
            saved = archive.meetings().save(new Meeting(null, java.util.UUID.randomUUID(), MeetingLevel.TALKS,
                    Bilingual.of("会谈", "Переговоры Ң Ө Ү"), Instant.parse("2027-03-30T04:00:00Z"),
                    Instant.parse("2027-03-30T08:00:00Z"), ZoneId.of("Asia/Bishkek"), place.id(), Side.KYRGYZSTAN,
                    MeetingStatus.PLANNED, List.of(DelegationMember.of(person.id(), Side.KYRGYZSTAN,
                            DelegationRole.REPRESENTATIVE))));
            // As H2 does after kill -9: the committed rows are gone (here deleted behind the store's back)...
            archive.dsl().deleteFrom(DELEGATION_MEMBER).execute();
            archive.dsl().deleteFrom(MEETING).execute();
            archive.dsl().deleteFrom(PERSON).execute();
            archive.dsl().deleteFrom(PLACE).execute();
            // ...and the process dies without a clean close, so the journal stays.
            archive.closeKeepingJournal();
        }

        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.places().findAll()).extracting(p -> p.name().zh()).containsExactly("别迭里会晤站");
            assertThat(reopened.people().findAll()).extracting(p -> p.name().ru()).containsExactly("Жээнбекова Айгүл");
            Meeting back = reopened.meetings().findAll().get(0);
            assertThat(back.uuid()).isEqualTo(saved.uuid());
            assertThat(back.title()).isEqualTo(saved.title());
            assertThat(back.start()).isEqualTo(saved.start());
            assertThat(back.delegation()).extracting(DelegationMember::uuid)
                    .containsExactlyElementsOf(saved.delegation().stream().map(DelegationMember::uuid).toList());
            // Replayed once, then emptied by a clean close and reopen: nothing doubles on the next open.
            assertThat(journalEntries(reopened)).isZero();
        }
        try (H2Archive again = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(again.places().findAll()).hasSize(1);
            assertThat(again.meetings().findAll()).hasSize(1);
        }
    }

    @Test
    void replayingSavesThatTheDatabaseStillHasDuplicatesNothing() {
        Path folder = temp.resolve("archive");
        try (H2Archive archive = (H2Archive) access.create(folder, "日志", Side.CHINA, false, PASSPHRASE.clone())) {
            Place place = archive.places().save(place("喀什", "Кашгар"));
            archive.places().save(new Place(place.id(), place.uuid(), place.kind(), place.side(),
                    Bilingual.of("喀什市", "Кашгар"), place.zone()));
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.places().findAll()).extracting(p -> p.name().zh()).containsExactly("喀什市");
        }
    }

    private static int journalEntries(H2Archive archive) {
        return archive.journalEntries();
    }

    private static Place place(String zh, String ru) {
        return Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN, Bilingual.of(zh, ru),
                ZoneId.of("Asia/Bishkek"));
    }

    private static Person person() {
        return Person.create(Side.KYRGYZSTAN, Bilingual.of("热恩别科娃·艾古丽", "Жээнбекова Айгүл"),
                Bilingual.of("少校", "майор"), Bilingual.of("助手", "помощник"));
    }
}
