// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.store.generated.Tables.MINUTES;
import static org.huiwu.store.generated.Tables.MINUTES_PAIR;

class JooqMinutesRepositoryTest {

    private static final char[] PASSPHRASE = "纪要 протокол passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void minutesWithAgreementsAndStaleSidesRoundTripAndSurviveALostDatabase() {
        Path folder = temp.resolve("archive");
        Minutes saved;
        long meetingId;
        try (H2Archive archive = (H2Archive) access.create(folder, "纪要", Side.CHINA, false, PASSPHRASE.clone())) {
            Place place = archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    Bilingual.of("吐尔尕特会晤站", "Торугарт"), ZoneId.of("Asia/Shanghai")));
            Person cn = archive.people().save(Person.create(Side.CHINA, Bilingual.of("王建国", "Ван Цзяньго"),
                    null, null));
            Person kg = archive.people().save(Person.create(Side.KYRGYZSTAN, Bilingual.of("阿萨诺夫", "Асанов Ң"),
                    null, null));
            meetingId = archive.meetings().save(new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS,
                    Bilingual.of("会谈", "Переговоры"), AT, AT.plusSeconds(3600), ZoneId.of("Asia/Shanghai"),
                    place.id(), Side.CHINA, MeetingStatus.HELD, List.of())).id();
            AlignedPair agreedThenChanged = AlignedPair.empty()
                    .withText(RecordLanguage.ZH, "双方同意于2026年3月5日举行会谈。", Provenance.of(Side.CHINA, cn.id(), AT))
                    .withText(RecordLanguage.RU, "Стороны согласились провести переговоры 5 марта 2026 года.",
                            Provenance.of(Side.KYRGYZSTAN, kg.id(), AT))
                    .agree(RecordLanguage.RU, kg.id(), AT.plusSeconds(60))
                    .withText(RecordLanguage.ZH, "双方同意于2026年3月6日举行会谈。", Provenance.of(Side.CHINA, cn.id(),
                            AT.plusSeconds(120)));
            AlignedPair longText = AlignedPair.empty()
                    .withText(RecordLanguage.RU, "граница ".repeat(60_000), Provenance.of(Side.KYRGYZSTAN, kg.id(), AT));
            saved = archive.minutes().save(new Minutes(UUID.randomUUID(), meetingId, 1, MinutesState.DRAFT,
                    List.of(agreedThenChanged, longText)));
            assertThat(archive.minutes().latest(meetingId)).contains(saved);
            // H2 loses them (as after kill -9); the journal gives them back.
            archive.dsl().deleteFrom(MINUTES_PAIR).execute();
            archive.dsl().deleteFrom(MINUTES).execute();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            Minutes back = reopened.minutes().latest(meetingId).orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back.pairs().get(0).state(RecordLanguage.RU)).isEqualTo(TextState.STALE);
            assertThat(back.pairs().get(1).ru().text()).hasSize(480_000);
            assertThat(reopened.minutes().versions(meetingId)).hasSize(1);
        }
    }
}
