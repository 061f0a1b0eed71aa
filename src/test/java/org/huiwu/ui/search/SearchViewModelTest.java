// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.service.search.RecordState;
import org.huiwu.service.search.SearchHit;
import org.huiwu.service.search.SearchQuery;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The search area's model without a toolkit, over the sample archive. */
class SearchViewModelTest {

    @TempDir
    Path folder;

    private ArchiveSession session;
    private SearchViewModel model;

    @BeforeEach
    void openSample() throws Exception {
        H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
        Path archive = folder.resolve("sample");
        try (OpenArchive created = access.create(archive, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(created);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
        session = new ArchiveSession(access.open(archive, SampleArchive.PASSPHRASE.toCharArray()), clock);
        session.search().awaitCurrent(java.time.Duration.ofSeconds(30));
        Messages messages = Messages.of(Language.ENGLISH);
        model = new SearchViewModel(session.search(), session.schedule(), session.registers(), messages,
                new Formats(Language.ENGLISH), Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void typingSearchesAndSaysHowManyWereFound() {
        model.queryProperty().set("山洪");

        assertThat(model.rows()).isNotEmpty();
        assertThat(model.summaryProperty().get()).matches("\\d+ found");
        assertThat(model.rows()).anySatisfy(row -> assertThat(row.heading()).contains("Clause 5"));

        model.queryProperty().set("телескоп");
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("Nothing found");
    }

    @Test
    void filtersAndOrderSearchAgain() {
        model.queryProperty().set("双方");
        int all = model.rows().size();
        model.stateProperty().set(model.states().stream().filter(c -> c.value() == RecordState.DRAFT)
                .findFirst().orElseThrow());
        List<Long> draftMeetings = model.rows().stream().map(r -> r.hit().meetingId()).distinct().toList();
        assertThat(draftMeetings).isNotEmpty();
        assertThat(model.rows().size()).isLessThanOrEqualTo(all);

        model.orderProperty().set(model.orders().stream().filter(c -> c.value() == SearchQuery.Order.RELEVANCE)
                .findFirst().orElseThrow());
        assertThat(model.rows()).extracting(r -> r.hit().score()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());

        model.clearFilters();
        assertThat(model.stateProperty().get().value()).isNull();
    }

    @Test
    void choosingAHitHandsItToWhoeverOpensIt() {
        List<SearchHit> opened = new ArrayList<>();
        model.onOpenHit(opened::add);
        model.queryProperty().set("границы");
        assertThat(model.openSelected()).isFalse();

        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.openSelected()).isTrue();
        assertThat(opened).containsExactly(model.rows().get(0).hit());
    }

    @Test
    void hitsFollowASaveAndProgressShowsWhileTheIndexCatchesUp() throws Exception {
        List<String> texts = new ArrayList<>();
        model.progressTextProperty().addListener((obs, old, text) -> texts.add(text));
        // A save while the search area is open: the hits are refreshed when it is indexed.
        model.queryProperty().set("冰川");
        assertThat(model.rows()).isEmpty();
        var meeting = session.schedule().meetings().get(0);
        var decisions = new ArrayList<>(session.agenda().decisions(meeting.id()));
        decisions.add(org.huiwu.domain.decision.Decision.create(meeting.id(),
                org.huiwu.domain.decision.DecisionKind.DECISION, org.huiwu.domain.common.Bilingual.of(
                        "双方同意交换冰川资料。", "Стороны договорились обмениваться данными о ледниках."),
                org.huiwu.domain.decision.Responsibility.BOTH, null));
        session.agenda().saveDecisions(meeting.id(), decisions);
        session.search().awaitCurrent(java.time.Duration.ofSeconds(30));
        assertThat(model.rows()).hasSize(1);

        session.search().catchUp().get(30, TimeUnit.SECONDS);
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Updating the search index"));
        assertThat(model.indexingProperty().get()).isFalse();
    }
}
