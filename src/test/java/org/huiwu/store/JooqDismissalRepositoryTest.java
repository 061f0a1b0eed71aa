// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.person.Person;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JooqDismissalRepositoryTest {

    private static final char[] PASSPHRASE = "驳回 отклонено passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-03-05T04:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void dismissalsAreListedPerMeetingReplacedPerFindingAndTakenBack() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "驳回", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Person wang = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            var station = StoreFixture.station(archive);
            Meeting march = StoreFixture.meeting(archive, station, AT, List.of());
            Meeting may = StoreFixture.meeting(archive, station, AT.plusSeconds(86_400 * 60), List.of());
            UUID pair = UUID.randomUUID();
            Dismissal first = dismissal(pair, "NUMBERS:aa", "第一理由", wang.id(), AT);
            archive.dismissals().save(march.id(), first);
            archive.dismissals().save(march.id(), dismissal(pair, "TERMS:bb", "Ң Ө Ү причина", null,
                    AT.plusSeconds(1)));
            archive.dismissals().save(may.id(), dismissal(UUID.randomUUID(), "DATES:cc", "другое", null, AT));
            Dismissal replaced = dismissal(pair, "NUMBERS:aa", "更新的理由", wang.id(), AT.plusSeconds(5));
            archive.dismissals().save(march.id(), replaced);

            assertThat(archive.dismissals().ofMeeting(march.id())).extracting(Dismissal::reason)
                    .containsExactly("Ң Ө Ү причина", "更新的理由");
            assertThat(archive.dismissals().ofMeeting(march.id()).get(1)).isEqualTo(replaced);

            archive.dismissals().remove(march.id(), pair, "TERMS:bb");
            assertThat(archive.dismissals().ofMeeting(march.id())).containsExactly(replaced);
            assertThat(archive.dismissals().ofMeeting(may.id())).hasSize(1);
        }
    }

    @Test
    void dismissalsTheDatabaseLostComeBackFromTheJournalAndARemovalStaysRemoved() {
        Path folder = temp.resolve("a");
        UUID meetingUuid;
        UUID pair = UUID.randomUUID();
        try (H2Archive archive = (H2Archive) access.create(folder, "驳回", Side.CHINA, false, PASSPHRASE.clone())) {
            Person wang = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of());
            meetingUuid = meeting.uuid();
            archive.dismissals().save(meeting.id(), dismissal(pair, "NUMBERS:aa", "保留", wang.id(), AT));
            archive.dismissals().save(meeting.id(), dismissal(pair, "TERMS:bb", "удалить", null, AT));
            archive.dismissals().remove(meeting.id(), pair, "TERMS:bb");
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            long meetingId = StoreFixture.meetingId(reopened, meetingUuid);
            List<Dismissal> back = reopened.dismissals().ofMeeting(meetingId);
            assertThat(back).extracting(Dismissal::reason).containsExactly("保留");
            long wangId = reopened.people().findAll().get(0).id();
            assertThat(back.get(0).personId()).isEqualTo(wangId);
            assertThat(back.get(0).at()).isEqualTo(AT);
        }
    }

    private static Dismissal dismissal(UUID pair, String fingerprint, String reason, Long person, Instant at) {
        return new Dismissal(pair, fingerprint, Dismissal.textsHash("中文", "русский"), reason, Side.CHINA, person, at);
    }
}
