// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineServiceTest {

    private final ReviewFixture fixture = new ReviewFixture();
    private final TimelineService timelines = fixture.timelineService();

    @Test
    void anAreaListsTaggedItemsTheirDecisionsAndTheClausesOfTheirMeetingsInTimeOrder() {
        List<TimelineEntry> entries = timelines.timeline(new TimelineSubject.InArea(CooperationArea.ILLEGAL_MIGRATION));

        assertThat(entries).extracting(TimelineEntry::uuid).containsExactly(
                fixture.migrationItem.uuid(),
                // no clause is linked to an item: the tagged meeting's clauses (newest version) all count
                fixture.marchFirst.uuid(), fixture.marchSecond.uuid(),
                fixture.patrols.uuid(), fixture.hotline.uuid());
        assertThat(entries.get(1).text().zh()).isEqualTo("双方交换了非法越界情况。");
        assertThat(entries.get(1).position()).isEqualTo(1);
        assertThat(entries.get(3).status()).isEqualTo(fixture.patrols.status());
    }

    @Test
    void aCategoryNobodyTaggedHasAnEmptyTimeline() {
        assertThat(timelines.timeline(new TimelineSubject.InCategory(InformationCategory.ILLEGAL_CROSSINGS)))
                .isNotEmpty();
        assertThat(timelines.timeline(new TimelineSubject.InCategory(InformationCategory.SMUGGLING))).isEmpty();
    }

    @Test
    void aPlaceListsItsMeetingsAndWhatElsewhereNamesItInTimeOrder() {
        List<TimelineEntry> entries = timelines.timeline(new TimelineSubject.AtPlace(fixture.torugart.id()));

        assertThat(entries).extracting(e -> e.meeting().id()).containsExactly(
                fixture.march.id(), fixture.march.id(), fixture.march.id(), fixture.march.id(),
                fixture.march.id(), fixture.march.id(),
                fixture.september.id(),
                fixture.spring.id(), fixture.spring.id());
        assertThat(entries.get(6).uuid()).isEqualTo(fixture.septemberNamingTorugart.uuid());
        assertThat(entries.get(6).kind()).isEqualTo(TimelineEntry.Kind.CLAUSE);
    }

    @Test
    void aTermIsFoundInEitherLanguageWhateverItsCase() {
        assertThat(timelines.timeline(new TimelineSubject.Term("界碑"))).extracting(TimelineEntry::uuid)
                .containsExactly(fixture.springBoundary.uuid());
        assertThat(timelines.timeline(new TimelineSubject.Term("пограничные"))).extracting(TimelineEntry::uuid)
                .containsExactly(fixture.springBoundary.uuid());
        assertThat(timelines.timeline(new TimelineSubject.Term("ГОРЯЧУЮ"))).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.DECISION);
    }

    @Test
    void aPluggedMatcherDecidesWhatATermFindsByUuid() {
        Set<UUID> hits = Set.of(fixture.marchSecond.uuid(), fixture.septemberReview.uuid());
        TimelineService byIndex = new TimelineService(fixture.meetings, fixture.registers.places(),
                fixture.minutes, fixture.agendas, fixture.decisions, term -> c -> hits.contains(c.uuid()));

        assertThat(byIndex.timeline(new TimelineSubject.Term("anything"))).extracting(TimelineEntry::uuid)
                .containsExactly(fixture.marchSecond.uuid(), fixture.septemberReview.uuid());
    }
}
