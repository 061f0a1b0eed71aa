// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.search.MarkedText;
import org.huiwu.service.search.RecordState;
import org.huiwu.service.search.SearchFilter;
import org.huiwu.service.search.SearchHit;
import org.huiwu.service.search.SearchPage;
import org.huiwu.service.search.SearchQuery;
import org.huiwu.service.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches meetings, agenda items, minutes' clauses and decisions in Chinese and Russian (every "
                + "word must occur; Chinese words inside sentences, Russian in any form). Prints the number found and "
                + "the hits, newest first: meeting id, date, what was found (clause N...), both texts with the matches "
                + "in [brackets]. --json gives the fields documented in the README. The search index catches up "
                + "with the archive first.")
final class SearchCommand implements Callable<Integer> {

    /** Catching up a large archive whose index was lost takes a while; a command line user waits for it. */
    private static final Duration CATCH_UP = Duration.ofHours(1);

    private final AppContext context;
    private final Messages messages;

    @Mixin
    private ArchiveOption archiveOption;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    private List<String> words;

    @Option(names = "--json", description = "Machine-readable output.")
    private boolean json;

    @Option(names = "--relevance", description = "Best match first instead of newest first.")
    private boolean relevance;

    @Option(names = "--limit", defaultValue = "50", description = "Hits to print (default 50).")
    private int limit;

    @Option(names = "--level", description = "Only meetings of this level: ${COMPLETION-CANDIDATES}.")
    private MeetingLevel level;

    @Option(names = "--state", description = "Only records in this state: ${COMPLETION-CANDIDATES}.")
    private RecordState state;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only meetings on or after this date.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only meetings on or before this date.")
    private LocalDate to;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    SearchCommand(AppContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit: at least 1");
        }
        try (ArchiveSession session = archiveOption.open(context, messages)) {
            SearchService search = session.search();
            search.awaitCurrent(CATCH_UP);
            SearchFilter filter = SearchFilter.NONE.withLevel(level).withState(state).withDates(from, to);
            SearchPage page = search.search(new SearchQuery(String.join(" ", words), filter,
                    relevance ? SearchQuery.Order.RELEVANCE : SearchQuery.Order.NEWEST, limit));
            var out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("total", page.total());
                result.put("atLeast", page.atLeast());
                result.put("hits", page.hits().stream().map(SearchCommand::toJson).toList());
                out.println(Json.write(result));
            } else {
                out.println(messages.get(page.atLeast() ? "search.countAtLeast" : "search.count", page.total()));
                if (!page.hits().isEmpty()) {
                    out.println(String.join("\t", messages.get("cli.search.header").split("\\|")));
                }
                for (SearchHit hit : page.hits()) {
                    out.println(String.join("\t", List.of(String.valueOf(hit.meetingId()), hit.date().toString(),
                            where(hit), oneLine(hit.zh()), oneLine(hit.ru()))));
                }
            }
            out.flush();
            return page.total() > 0 ? HuiwuCommand.DONE : HuiwuCommand.NEGATIVE;
        }
    }

    private String where(SearchHit hit) {
        return switch (hit.kind()) {
            case MEETING -> messages.get("search.kind.meeting");
            case AGENDA_ITEM -> messages.get("search.kind.agendaItem", hit.position());
            case PAIR -> messages.get("search.kind.pair", hit.position());
            case DECISION -> messages.get("search.kind.decision", hit.position());
            case NOTE -> messages.get("search.kind.note");
        };
    }

    private static String oneLine(MarkedText text) {
        return text.bracketed("[", "]").replace('\n', ' ').replace('\t', ' ');
    }

    private static Map<String, Object> toJson(SearchHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("meetingId", hit.meetingId());
        row.put("meetingUuid", hit.meetingUuid().toString());
        row.put("date", hit.date().toString());
        row.put("kind", hit.kind().name());
        row.put("record", hit.record().toString());
        row.put("position", hit.position());
        row.put("zh", marked(hit.zh()));
        row.put("ru", marked(hit.ru()));
        row.put("score", (double) hit.score());
        return row;
    }

    private static Map<String, Object> marked(MarkedText text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text.text());
        json.put("marks", text.marks().stream().map(span -> List.of(span.start(), span.end())).toList());
        return json;
    }
}
