// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive search over the sample archive, through the service the UI and the command line call. */
class ArchiveSearchTest {

    private static final char[] PASSPHRASE = SampleArchive.PASSPHRASE.toCharArray();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path shared;
    private static Path sample;

    @TempDir
    Path own;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void createSample() {
        sample = shared.resolve("sample");
        try (OpenArchive archive = new H2ArchiveAccess(KeyDerivation.forTests())
                .create(sample, SampleArchive.NAME, Side.CHINA, true, PASSPHRASE)) {
            SampleArchive.fill(archive);
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private OpenArchive openArchive(Path folder) {
        OpenArchive archive = access.open(folder, PASSPHRASE);
        open.add(archive);
        return archive;
    }

    /** A search over the archive in the folder, caught up; it follows saves like the session's. */
    private SearchService searchOf(OpenArchive archive) throws Exception {
        SearchService search = SearchService.of(archive);
        archive.onMeetingSaved(search::meetingSaved);
        open.add(search);
        search.catchUp().get(30, TimeUnit.SECONDS);
        return search;
    }

    private SearchService sampleSearch() throws Exception {
        return searchOf(openArchive(sample));
    }

    /** A copy of the sample, without a search index, for a test that changes it. */
    private Path sampleCopy() throws IOException {
        Path copy = own.resolve("copy");
        try (var files = Files.walk(sample)) {
            for (Path file : files.filter(f -> !sample.relativize(f).startsWith("search-index")).toList()) {
                Path target = copy.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static String marked(MarkedText text) {
        return text.bracketed("[", "]");
    }

    @Test
    void chineseWordInsideSentenceIsFoundAndMarked() throws Exception {
        SearchPage page = sampleSearch().search(SearchQuery.of("山洪"));

        assertThat(page.total()).isPositive();
        SearchHit pair = page.hits().stream().filter(h -> h.kind() == HitKind.PAIR).findFirst().orElseThrow();
        assertThat(pair.zh().text()).contains("在山洪季节");
        assertThat(marked(pair.zh())).contains("在[山洪]季节");
        // Both languages of the hit come with it.
        assertThat(pair.ru().text()).contains("паводков");
        assertThat(pair.position()).isPositive();
    }

    @Test
    void oneChineseCharacterIsFound() throws Exception {
        SearchPage page = sampleSearch().search(SearchQuery.of("洪"));

        assertThat(page.total()).isPositive();
        assertThat(page.hits()).allSatisfy(hit -> assertThat(marked(hit.zh())).contains("[洪]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"граница", "границы", "границе", "границей"})
    void russianWordIsFoundInAnyForm(String form) throws Exception {
        SearchService search = sampleSearch();
        SearchPage page = search.search(SearchQuery.of(form));

        // The sample writes "нарушителей границы", "пересечений границы"...
        assertThat(page.total()).isEqualTo(search.search(SearchQuery.of("граница")).total()).isPositive();
        assertThat(page.hits()).anySatisfy(hit -> assertThat(marked(hit.ru())).contains("[границы]"));
    }

    @Test
    void latinNamesAndNumbersAreFound() throws Exception {
        Path copy = sampleCopy();
        OpenArchive archive = openArchive(copy);
        SearchService search = searchOf(archive);
        Meeting meeting = archive.meetings().findAll().get(0);
        List<Decision> decisions = new ArrayList<>(archive.decisions().ofMeeting(meeting.id()));
        decisions.add(Decision.create(meeting.id(), DecisionKind.DECISION, Bilingual.of(
                "双方同意由Tokoev先生负责KPP-7号通道，期限至2031年。",
                "Стороны договорились, что за проход KPP-7 отвечает г-н Tokoev до 2031 года."),
                Responsibility.BOTH, null));
        archive.decisions().saveAll(meeting.id(), decisions);
        search.awaitCurrent(WAIT);

        for (String query : List.of("Tokoev", "tokoev", "2031", "KPP")) {
            SearchPage page = search.search(SearchQuery.of(query));
            assertThat(page.hits()).as(query).singleElement().satisfies(hit -> {
                assertThat(hit.kind()).isEqualTo(HitKind.DECISION);
                assertThat(hit.meetingId()).isEqualTo(meeting.id());
            });
        }
    }

    @Test
    void everyWordOfTheQueryMustOccurInEitherLanguage() throws Exception {
        SearchService search = sampleSearch();

        long both = search.search(SearchQuery.of("山洪 связь")).total();
        assertThat(both).isPositive().isLessThanOrEqualTo(search.search(SearchQuery.of("山洪")).total());
        assertThat(search.search(SearchQuery.of("山洪 телескоп")).total()).isZero();
    }

    @Test
    void filtersNarrowTheHits() throws Exception {
        OpenArchive archive = openArchive(sample);
        SearchService search = searchOf(archive);
        SearchQuery query = SearchQuery.of("双方");
        long all = search.search(query).total();

        long talks = search.search(query.with(SearchFilter.NONE.withLevel(MeetingLevel.TALKS))).total();
        long working = search.search(query.with(SearchFilter.NONE.withLevel(MeetingLevel.WORKING))).total();
        long leadership = search.search(query.with(SearchFilter.NONE.withLevel(MeetingLevel.LEADERSHIP))).total();
        assertThat(talks).isPositive().isLessThan(all);
        assertThat(talks + working + leadership).isEqualTo(all);

        long draft = search.search(query.with(SearchFilter.NONE.withState(RecordState.DRAFT))).total();
        long finals = search.search(query.with(SearchFilter.NONE.withState(RecordState.FINAL))).total();
        long signed = search.search(query.with(SearchFilter.NONE.withState(RecordState.SIGNED))).total();
        assertThat(draft).isPositive();
        assertThat(finals).isPositive();
        assertThat(draft + finals + signed).isEqualTo(all);

        SearchPage technical = search.search(query.with(SearchFilter.NONE.withArea(CooperationArea.TECHNICAL_MEANS)));
        assertThat(technical.total()).isPositive().isLessThan(all);

        LocalDate from = LocalDate.of(2026, 1, 1);
        SearchPage recent = search.search(query.with(SearchFilter.NONE.withDates(from, LocalDate.of(2026, 12, 31))));
        assertThat(recent.total()).isPositive().isLessThan(all);
        assertThat(recent.hits()).allSatisfy(hit -> assertThat(hit.date()).isAfterOrEqualTo(from));

        long place = recent.hits().get(0).meetingId();
        Meeting meeting = archive.meetings().findById(place).orElseThrow();
        SearchPage atPlace = search.search(query.with(SearchFilter.NONE.withPlace(meeting.placeId())));
        assertThat(atPlace.total()).isPositive().isLessThanOrEqualTo(all);
        assertThat(atPlace.hits()).anySatisfy(hit -> assertThat(hit.meetingId()).isEqualTo(meeting.id()));
    }

    @Test
    void newestFirstOrBestFirst() throws Exception {
        SearchService search = sampleSearch();
        SearchQuery query = SearchQuery.of("边境");

        List<SearchHit> newest = search.search(query).hits();
        assertThat(newest).hasSizeGreaterThan(2);
        assertThat(newest).extracting(SearchHit::date).isSortedAccordingTo(Comparator.reverseOrder());

        List<SearchHit> best = search.search(query.with(SearchQuery.Order.RELEVANCE)).hits();
        assertThat(best).extracting(SearchHit::score).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(best.get(0).score()).isGreaterThan(best.get(best.size() - 1).score());
    }

    @Test
    void indexFollowsEverySave() throws Exception {
        Path copy = sampleCopy();
        OpenArchive archive = openArchive(copy);
        SearchService search = searchOf(archive);
        assertThat(search.search(SearchQuery.of("雪豹")).total()).isZero();

        Meeting meeting = archive.meetings().findAll().get(0);
        List<Decision> decisions = new ArrayList<>(archive.decisions().ofMeeting(meeting.id()));
        decisions.add(Decision.create(meeting.id(), DecisionKind.DECISION, Bilingual.of(
                "双方同意共同保护雪豹栖息地。", "Стороны договорились совместно охранять места обитания снежного барса."),
                Responsibility.BOTH, null));
        archive.decisions().saveAll(meeting.id(), decisions);
        search.awaitCurrent(WAIT);

        assertThat(search.search(SearchQuery.of("雪豹")).total()).isEqualTo(1);
        assertThat(search.search(SearchQuery.of("барсы")).total()).isEqualTo(1);
    }

    @Test
    void indexBehindTheArchiveIsNoticedAndCaughtUp() throws Exception {
        Path copy = sampleCopy();
        OpenArchive first = openArchive(copy);
        SearchService.CatchUp built = SearchService.of(first).catchUp().get(30, TimeUnit.SECONDS);
        assertThat(built.rebuilt()).isTrue();
        assertThat(built.reindexed()).isEqualTo(built.meetings());
        first.close();

        // A save while the index is not open (a command line tool, an older version of the app).
        try (OpenArchive archive = access.open(copy, PASSPHRASE)) {
            Meeting meeting = archive.meetings().findAll().get(1);
            List<Decision> decisions = new ArrayList<>(archive.decisions().ofMeeting(meeting.id()));
            decisions.add(Decision.create(meeting.id(), DecisionKind.DECISION, Bilingual.of(
                    "双方同意交换冰川监测资料。", "Стороны договорились обмениваться данными мониторинга ледников."),
                    Responsibility.BOTH, null));
            archive.decisions().saveAll(meeting.id(), decisions);
        }

        OpenArchive reopened = openArchive(copy);
        SearchService search = SearchService.of(reopened);
        open.add(search);
        List<SearchProgress> progress = new ArrayList<>();
        search.onProgress(progress::add);
        SearchService.CatchUp caughtUp = search.catchUp().get(30, TimeUnit.SECONDS);

        assertThat(caughtUp.rebuilt()).isFalse();
        assertThat(caughtUp.reindexed()).isEqualTo(1);
        assertThat(progress).first().extracting(SearchProgress::phase).isEqualTo(SearchProgress.Phase.CATCHING_UP);
        assertThat(progress).last().isEqualTo(SearchProgress.CURRENT);
        assertThat(search.search(SearchQuery.of("冰川")).total()).isEqualTo(1);
        assertThat(search.search(SearchQuery.of("ледника")).total()).isEqualTo(1);
    }

    @Test
    void anIndexFolderThatCannotBeWrittenLeavesTheSearchWorkingFromMemory() throws Exception {
        Path copy = sampleCopy();
        // A file where the index folder belongs: nothing can be created there.
        Files.writeString(copy.resolve("search-index"), "not a folder");

        SearchService search = searchOf(openArchive(copy));

        assertThat(search.search(SearchQuery.of("山洪")).total()).isPositive();
        assertThat(search.search(SearchQuery.of("границей")).total()).isPositive();
        assertThat(Files.readString(copy.resolve("search-index"))).isEqualTo("not a folder");
    }

    @Test
    void damagedIndexIsRebuilt() throws Exception {
        Path copy = sampleCopy();
        OpenArchive first = openArchive(copy);
        SearchService.of(first).catchUp().get(30, TimeUnit.SECONDS);
        first.close();
        Path index = copy.resolve("search-index");
        try (var files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x55;
                Files.write(file, bytes);
            }
        }

        OpenArchive reopened = openArchive(copy);
        SearchService search = SearchService.of(reopened);
        open.add(search);
        List<SearchProgress> progress = new ArrayList<>();
        search.onProgress(progress::add);
        SearchService.CatchUp rebuilt = search.catchUp().get(30, TimeUnit.SECONDS);

        assertThat(rebuilt.rebuilt()).isTrue();
        assertThat(rebuilt.reindexed()).isEqualTo(rebuilt.meetings()).isPositive();
        assertThat(progress).anySatisfy(p -> assertThat(p.phase()).isEqualTo(SearchProgress.Phase.REBUILDING));
        assertThat(search.search(SearchQuery.of("山洪")).total()).isPositive();
    }

    @Test
    void indexFilesHoldNoPlaintext() throws Exception {
        Path copy = sampleCopy();
        OpenArchive archive = openArchive(copy);
        SearchService search = searchOf(archive);
        Meeting meeting = archive.meetings().findAll().get(0);
        List<Decision> decisions = new ArrayList<>(archive.decisions().ofMeeting(meeting.id()));
        decisions.add(Decision.create(meeting.id(), DecisionKind.DECISION, Bilingual.of(
                "双方同意Zhytkovsky方案。", "Стороны одобрили план Zhytkovsky."), Responsibility.BOTH, null));
        archive.decisions().saveAll(meeting.id(), decisions);
        search.awaitCurrent(WAIT);
        assertThat(search.search(SearchQuery.of("Zhytkovsky")).total()).isEqualTo(1);
        archive.close();

        List<byte[]> secrets = new ArrayList<>();
        for (String text : List.of("Zhytkovsky", "zhytkovsky", "山洪", "границы", "границ", "Торугарт")) {
            secrets.add(text.getBytes(StandardCharsets.UTF_8));
            secrets.add(text.getBytes(StandardCharsets.UTF_16BE));
        }
        try (var files = Files.list(copy.resolve("search-index"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSizeGreaterThan(1);
            for (Path file : all) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] secret : secrets) {
                    assertThat(indexOf(content, secret)).as(file + " holds " + new String(secret,
                            StandardCharsets.UTF_8)).isEqualTo(-1);
                }
            }
        }
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
