// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.app.AppContext;
import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditFinding;
import org.huiwu.domain.audit.AuditVerifier;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services record what succeeded, as the user who opened the archive; a refusal records nothing. */
class SessionTrailTest {

    @TempDir
    Path home;

    private List<AuditEntry> after(ArchiveSession session, long sequence) {
        return session.archive().audit().all().stream().filter(e -> e.sequence() > sequence).toList();
    }

    @Test
    void whatTheRepresentativeDoesIsRecordedInOrder() {
        AppContext context = UiTestArchive.context(home);
        UiTestArchive.sample(context);
        try (ArchiveSession session = UiTestArchive.openSample(context)) {
            long before = session.auditHead().sequence();
            Place station = session.registers().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    Bilingual.of("新会晤站", "Новый пункт"), ZoneId.of("Asia/Shanghai")));
            long draft = UiTestArchive.latestMeetingWithMinutes(session, false);
            Minutes minutes = session.minutes().current(draft);
            session.minutes().save(minutes);
            session.minutes().save(minutes);
            session.agenda().saveAgenda(draft, session.agenda().agenda(draft));
            Meeting cancelled = session.schedule().cancel(draft);

            List<AuditEntry> recorded = after(session, before);

            assertThat(recorded).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED,
                    AuditAction.CHANGED, AuditAction.CHANGED, AuditAction.CHANGED);
            assertThat(recorded).extracting(AuditEntry::subject).containsExactly("place:" + station.uuid(),
                    "meeting:" + cancelled.uuid() + "/minutes", "meeting:" + cancelled.uuid() + "/agenda",
                    "meeting:" + cancelled.uuid());
            assertThat(recorded).extracting(AuditEntry::actorName).containsOnly(SampleArchive.REPRESENTATIVE);
            assertThat(recorded).extracting(AuditEntry::actorRole).containsOnly(Role.REPRESENTATIVE);
            assertThat(recorded.get(3).detail()).contains("CANCELLED");
            assertThat(AuditVerifier.chain(session.archive().audit().all()).finding())
                    .isEqualTo(AuditFinding.INTACT);
        }
    }

    @Test
    void aRefusedActionRecordsNothing() {
        AppContext context = UiTestArchive.context(home);
        UiTestArchive.sample(context);
        try (ArchiveSession session = context.openSession(context.directories().sampleArchive(),
                SampleArchive.SampleUser.ADMINISTRATOR.passphrase().toCharArray())) {
            long before = session.auditHead().sequence();
            long draft = UiTestArchive.latestMeetingWithMinutes(session, false);

            assertThatThrownBy(() -> session.schedule().cancel(draft)).isInstanceOf(AccessDeniedException.class);
            assertThat(after(session, before)).isEmpty();
        }
    }
}
