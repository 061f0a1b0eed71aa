// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.AGENDA_ITEM;
import static org.huiwu.store.generated.Tables.AGENDA_ITEM_DECISION;
import static org.huiwu.store.generated.Tables.ATTENDANCE;
import static org.huiwu.store.generated.Tables.ATTENDANCE_RECORD;
import static org.huiwu.store.generated.Tables.DECISION;
import static org.huiwu.store.generated.Tables.DELEGATION_MEMBER;
import static org.huiwu.store.generated.Tables.MEETING;
import static org.huiwu.store.generated.Tables.MINUTES;
import static org.huiwu.store.generated.Tables.MINUTES_PAIR;
import static org.huiwu.store.generated.Tables.PERSON;
import static org.huiwu.store.generated.Tables.PLACE;

/** Records the store tests build their meetings from, and what H2 can lose after kill -9. */
final class StoreFixture {

    private StoreFixture() {
    }

    static Place station(H2Archive archive) {
        return archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                Bilingual.of("吐尔尕特会晤站", "Пункт встреч «Торугарт»"), ZoneId.of("Asia/Shanghai")));
    }

    static Person person(H2Archive archive, Side side, String zh, String ru) {
        return archive.people().save(Person.create(side, Bilingual.of(zh, ru), null, null));
    }

    static Meeting meeting(H2Archive archive, Place place, Instant start, List<DelegationMember> delegation) {
        return archive.meetings().save(new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS,
                Bilingual.of("会谈", "Переговоры"), start, start.plusSeconds(3600), ZoneId.of("Asia/Shanghai"),
                place.id(), Side.CHINA, MeetingStatus.HELD, delegation));
    }

    /** Every row gone, as after a kill that H2 fell back past: the journal alone has to bring them back. */
    static void loseEverything(DSLContext dsl) {
        dsl.deleteFrom(org.huiwu.store.generated.Tables.PRIVATE_NOTE).execute();
        dsl.deleteFrom(org.huiwu.store.generated.Tables.CONSENT).execute();
        dsl.deleteFrom(org.huiwu.store.generated.Tables.INFORMATION_ITEM).execute();
        dsl.deleteFrom(org.huiwu.store.generated.Tables.SIGNED_PROTOCOL).execute();
        dsl.deleteFrom(org.huiwu.store.generated.Tables.TRUSTED_CERTIFICATE).execute();
        dsl.deleteFrom(org.huiwu.store.generated.Tables.PARITY_DISMISSAL).execute();
        dsl.deleteFrom(ATTENDANCE).execute();
        dsl.deleteFrom(ATTENDANCE_RECORD).execute();
        dsl.deleteFrom(AGENDA_ITEM_DECISION).execute();
        dsl.deleteFrom(AGENDA_ITEM).execute();
        dsl.deleteFrom(DECISION).execute();
        dsl.deleteFrom(MINUTES_PAIR).execute();
        dsl.deleteFrom(MINUTES).execute();
        dsl.deleteFrom(DELEGATION_MEMBER).execute();
        dsl.deleteFrom(MEETING).execute();
        dsl.deleteFrom(PERSON).execute();
        dsl.deleteFrom(PLACE).execute();
    }

    /** The meeting with this UUID as the reopened archive knows it (its local key may have changed). */
    static long meetingId(H2Archive archive, UUID uuid) {
        return archive.meetings().findAll().stream().filter(m -> m.uuid().equals(uuid)).findFirst().orElseThrow()
                .id();
    }
}
