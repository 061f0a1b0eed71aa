// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of subject the services record, named from its record, and as stored when the record is gone. */
class AuditSubjectsTest {

    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    private static final Meeting MEETING = new Meeting(1L, UUID.randomUUID(), MeetingLevel.WORKING,
            Bilingual.of("工作会晤", "Рабочая встреча"), Instant.parse("2026-03-01T20:00:00Z"),
            Instant.parse("2026-03-01T23:00:00Z"), URUMQI, 1L, Side.CHINA, MeetingStatus.HELD, List.of());
    private static final Place PLACE = new Place(1L, UUID.randomUUID(), PlaceKind.MEETING_STATION, Side.CHINA,
            Bilingual.of("吐尔尕特", "Торугарт"), URUMQI);
    private static final Person PERSON = new Person(1L, UUID.randomUUID(), Side.KYRGYZSTAN,
            Bilingual.of("阿斯卡尔", "Аскар"), Bilingual.EMPTY, Bilingual.EMPTY);
    private static final TermbaseEntry TERM = new TermbaseEntry(new Term(UUID.randomUUID(), List.of("界桩", "界标"),
            List.of("пограничный знак"), ""), TermOrigin.USER, Instant.EPOCH);
    private static final Decision DECISION = Decision.create(1L, DecisionKind.DECISION,
            Bilingual.of("修复界桩", "Восстановить знак"), Responsibility.of(Side.CHINA), null);
    private static final InformationItem ITEM = InformationItem.create(InformationCategory.BORDER_SITUATION,
            Side.KYRGYZSTAN, LocalDate.of(2026, 3, 2), InformationChannel.LETTER, Bilingual.of("", "Паводок"));
    private static final Consent CONSENT = Consent.create(Side.KYRGYZSTAN, LocalDate.of(2026, 3, 3), "No. 12",
            "OSCE", Set.of(InformationCategory.BORDER_SITUATION), Set.of(), null);

    private final AuditSubjects subjects = new AuditSubjects(() -> List.of(MEETING), () -> List.of(PLACE),
            () -> List.of(PERSON), () -> List.of(TERM),
            uuid -> uuid.equals(DECISION.uuid()) ? Optional.of(DECISION) : Optional.empty(),
            () -> List.of(ITEM), () -> List.of(CONSENT));

    @Test
    void everyKindIsNamedFromItsRecord() {
        String pair = "meeting:" + MEETING.uuid() + "/pair:" + UUID.randomUUID();
        Map<String, AuditSubject> named = subjects.resolve(List.of("meeting:" + MEETING.uuid(), pair,
                "place:" + PLACE.uuid(), "person:" + PERSON.uuid(), "term:" + TERM.uuid(), "termbase",
                "decision:" + DECISION.uuid(), "information-item:" + ITEM.uuid(), "consent:" + CONSENT.uuid(),
                "user:admin", "backup:huiwu-2026-03-02.hwbackup"));

        AuditSubject meeting = named.get("meeting:" + MEETING.uuid());
        assertThat(meeting.kind()).isEqualTo(AuditSubject.Kind.MEETING);
        assertThat(meeting.name()).isEqualTo("工作会晤 · Рабочая встреча");
        // 20:00 UTC is the next morning in Urumqi, where the meeting was.
        assertThat(meeting.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(meeting.part()).isEmpty();
        assertThat(named.get(pair).part()).startsWith("pair:");
        assertThat(named.get("place:" + PLACE.uuid()).name()).isEqualTo("吐尔尕特 · Торугарт");
        assertThat(named.get("person:" + PERSON.uuid()).name()).isEqualTo("阿斯卡尔 · Аскар");
        assertThat(named.get("term:" + TERM.uuid()).name()).isEqualTo("界桩 · пограничный знак");
        assertThat(named.get("termbase").kind()).isEqualTo(AuditSubject.Kind.TERMBASE);
        assertThat(named.get("decision:" + DECISION.uuid()).name()).isEqualTo("修复界桩 · Восстановить знак");
        assertThat(named.get("information-item:" + ITEM.uuid()).name()).isEqualTo("Паводок");
        assertThat(named.get("consent:" + CONSENT.uuid()).name()).isEqualTo("No. 12 · OSCE");
        assertThat(named.get("user:admin").name()).isEqualTo("admin");
        assertThat(named.get("backup:huiwu-2026-03-02.hwbackup").name()).isEqualTo("huiwu-2026-03-02.hwbackup");
        assertThat(named.values()).allMatch(AuditSubject::found);
    }

    @Test
    void aSubjectWhoseRecordIsGoneOrOfNoKnownKindIsLeftAsStored() {
        List<String> raw = List.of("place:" + UUID.randomUUID(), "meeting:#7/minutes", "meeting:" + UUID.randomUUID(),
                "decision:" + UUID.randomUUID(), "something-new:1", "user:");

        assertThat(subjects.resolve(raw).values()).allSatisfy(subject -> {
            assertThat(subject.found()).isFalse();
            assertThat(subject.kind()).isEqualTo(AuditSubject.Kind.OTHER);
        }).extracting(AuditSubject::raw).containsExactlyInAnyOrderElementsOf(raw);
    }
}
