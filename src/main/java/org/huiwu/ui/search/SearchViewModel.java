// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;
import org.huiwu.service.search.RecordState;
import org.huiwu.service.search.SearchFilter;
import org.huiwu.service.search.SearchHit;
import org.huiwu.service.search.SearchPage;
import org.huiwu.service.search.SearchProgress;
import org.huiwu.service.search.SearchQuery;
import org.huiwu.service.search.SearchService;

/**
 * The archive search: a query, filters and an order; the hits with both texts marked; the index's progress while it
 * catches up. Searches as the user types (a search takes milliseconds even at a million pairs). Choosing a hit
 * hands it to {@link #onOpenHit}: today the record area opens its meeting; a review mode can take it instead.
 */
public final class SearchViewModel {

    private final SearchService search;
    private final ScheduleService schedule;
    private final RegisterService registers;
    private final Messages messages;
    private final Formats formats;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Choice<SearchQuery.Order>> order = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<MeetingLevel>> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> place = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<CooperationArea>> area = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<InformationCategory>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<RecordState>> state = new SimpleObjectProperty<>();
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SearchRow> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty indexing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");

    private final List<Choice<SearchQuery.Order>> orders;
    private final List<Choice<MeetingLevel>> levels;
    private final List<Choice<Long>> places;
    private final List<Choice<CooperationArea>> areas;
    private final List<Choice<InformationCategory>> categories;
    private final List<Choice<RecordState>> states;
    private Consumer<SearchHit> openHit = hit -> { };

    /**
     * @param fxThread where the index's progress (reported on its own thread) is applied: Platform::runLater in
     *                 the app, a direct call in tests
     */
    public SearchViewModel(SearchService search, ScheduleService schedule, RegisterService registers,
                           Messages messages, Formats formats, Executor fxThread) {
        this.search = search;
        this.schedule = schedule;
        this.registers = registers;
        this.messages = messages;
        this.formats = formats;
        this.orders = List.of(new Choice<>(SearchQuery.Order.NEWEST, messages.get("search.order.newest")),
                new Choice<>(SearchQuery.Order.RELEVANCE, messages.get("search.order.relevance")));
        this.levels = choices("search.filter.level", List.of(MeetingLevel.values()), messages::of);
        this.places = choices("search.filter.place", registers.places().stream().map(Place::id).toList(),
                id -> registers.places().stream().filter(p -> p.id().equals(id)).findFirst()
                        .map(p -> p.name().joined()).orElse("?"));
        this.areas = choices("search.filter.area", List.of(CooperationArea.values()), messages::of);
        this.categories = choices("search.filter.category", List.of(InformationCategory.values()), messages::of);
        this.states = choices("search.filter.state", List.of(RecordState.values()), this::stateText);
        clearFilters();
        order.set(orders.get(0));
        List<javafx.beans.Observable> inputs = List.of(query, order, level, place, from, to, area, category, state);
        for (javafx.beans.Observable input : inputs) {
            input.addListener(changed -> refresh());
        }
        search.onProgress(next -> fxThread.execute(() -> showProgress(next)));
        showProgress(search.progress());
    }

    private <T> List<Choice<T>> choices(String filterKey, List<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get(filterKey) + ": " + messages.get("search.filter.any")));
        values.forEach(value -> out.add(new Choice<>(value, label.apply(value))));
        return List.copyOf(out);
    }

    private String stateText(RecordState value) {
        return switch (value) {
            case DRAFT -> messages.get("search.state.draft");
            case FINAL -> messages.get("search.state.final");
            case SIGNED -> messages.get("search.state.signed");
        };
    }

    /** What choosing a hit does; the app opens its meeting, a review mode may show it read-only instead. */
    public void onOpenHit(Consumer<SearchHit> action) {
        this.openHit = Objects.requireNonNull(action, "action");
    }

    /** Opens the selected hit; false when none is selected. */
    public boolean openSelected() {
        SearchRow row = selected.get();
        if (row == null) {
            return false;
        }
        openHit.accept(row.hit());
        return true;
    }

    public void clearFilters() {
        level.set(levels.get(0));
        place.set(places.get(0));
        from.set(null);
        to.set(null);
        area.set(areas.get(0));
        category.set(categories.get(0));
        state.set(states.get(0));
    }

    /** Searches again with what is typed and chosen now. */
    public void refresh() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            rows.clear();
            summary.set("");
            return;
        }
        SearchFilter filter = new SearchFilter(value(level), value(place), from.get(), to.get(), value(area),
                value(category), value(state));
        SearchPage page = search.search(new SearchQuery(text, filter, value(order), SearchQuery.PAGE));
        Map<Long, Meeting> meetings = schedule.meetings().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        Map<Long, String> placeNames = registers.places().stream()
                .collect(Collectors.toMap(Place::id, p -> p.name().joined()));
        rows.setAll(page.hits().stream().map(hit -> row(hit, meetings.get(hit.meetingId()), placeNames)).toList());
        summary.set(page.total() == 0 ? messages.get("search.none")
                : messages.get(page.atLeast() ? "search.countAtLeast" : "search.count", page.total()));
    }

    private SearchRow row(SearchHit hit, Meeting meeting, Map<Long, String> placeNames) {
        List<String> parts = new ArrayList<>();
        parts.add(formats.date(hit.date()));
        if (meeting != null) {
            parts.add(messages.of(meeting.level()));
            parts.add(placeNames.getOrDefault(meeting.placeId(), "?"));
        }
        parts.add(switch (hit.kind()) {
            case MEETING -> messages.get("search.kind.meeting");
            case AGENDA_ITEM -> messages.get("search.kind.agendaItem", hit.position());
            case PAIR -> messages.get("search.kind.pair", hit.position());
            case DECISION -> messages.get("search.kind.decision", hit.position());
            case NOTE -> messages.get("search.kind.note");
        });
        return new SearchRow(hit, String.join(" · ", parts), TextRun.of(hit.zh()), TextRun.of(hit.ru()));
    }

    private void showProgress(SearchProgress next) {
        boolean working = next.working();
        boolean finished = indexing.get() && !working;
        indexing.set(working);
        progress.set(next.fraction());
        progressText.set(!working ? "" : messages.get(next.phase() == SearchProgress.Phase.REBUILDING
                ? "search.progress.rebuilding" : "search.progress.catchingUp", next.done(), next.total()));
        if (finished || next.phase() == SearchProgress.Phase.CURRENT) {
            // The index changed (caught up, or a save was indexed): what is shown may be out of date.
            refresh();
        }
    }

    private static <T> T value(ObjectProperty<Choice<T>> property) {
        return property.get() == null ? null : property.get().value();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Choice<SearchQuery.Order>> orderProperty() {
        return order;
    }

    public ObjectProperty<Choice<MeetingLevel>> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice<Long>> placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Choice<CooperationArea>> areaProperty() {
        return area;
    }

    public ObjectProperty<Choice<InformationCategory>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<RecordState>> stateProperty() {
        return state;
    }

    public List<Choice<SearchQuery.Order>> orders() {
        return orders;
    }

    public List<Choice<MeetingLevel>> levels() {
        return levels;
    }

    public List<Choice<Long>> places() {
        return places;
    }

    public List<Choice<CooperationArea>> areas() {
        return areas;
    }

    public List<Choice<InformationCategory>> categories() {
        return categories;
    }

    public List<Choice<RecordState>> states() {
        return states;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public ObjectProperty<SearchRow> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty indexingProperty() {
        return indexing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
