// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewServiceTest {

    private final ReviewFixture fixture = new ReviewFixture();
    private final ReviewService reviews = fixture.reviewService();

    @Test
    void aReviewHoldsEveryVersionTheAgendaAndThePlace() {
        MeetingReview review = reviews.review(fixture.march.id());

        assertThat(review.versions()).extracting(v -> v.version()).containsExactly(1, 2);
        assertThat(review.latest().orElseThrow().pairs()).containsExactly(fixture.marchFirst, fixture.marchSecond);
        assertThat(review.agenda().items()).containsExactly(fixture.migrationItem, fixture.otherItem);
        assertThat(review.place()).isEqualTo(fixture.torugart);
    }

    @Test
    void eachDecisionShowsTheLaterMeetingsThatReviewedItEarliestFirst() {
        MeetingReview review = reviews.review(fixture.march.id());

        DecisionFate patrols = review.decisions().get(0);
        DecisionFate hotline = review.decisions().get(1);
        assertThat(patrols.decision()).isEqualTo(fixture.patrols);
        assertThat(patrols.reviews()).extracting(r -> r.meeting().id()).containsExactly(fixture.september.id());
        assertThat(hotline.reviews()).extracting(r -> r.meeting().id())
                .containsExactly(fixture.september.id(), fixture.spring.id());
        assertThat(hotline.reviews().get(1).item()).isEqualTo(fixture.springReview);
    }

    @Test
    void decisionsNoLaterMeetingReviewedAreMarkedSo() {
        fixture.decisions.saveAll(fixture.spring.id(), java.util.List.of(fixture.patrols.withStatus(
                org.huiwu.domain.decision.DecisionStatus.OPEN)));

        assertThat(reviews.review(fixture.spring.id()).decisions()).allMatch(DecisionFate::unreviewed);
    }

    @Test
    void meetingsAreOfferedNewestFirstAndAnUnknownOneIsRefused() {
        assertThat(reviews.meetings()).containsExactly(fixture.spring, fixture.september, fixture.march);
        assertThatThrownBy(() -> reviews.review(999)).isInstanceOf(IllegalArgumentException.class);
    }
}
