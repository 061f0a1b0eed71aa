// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form of the agenda item dialog: title and note in both languages, planned minutes, the proposing side and the
 * Art. 2 / Art. 4 tags. One title is enough to save (the other delegation may add its language later); an empty
 * side is pointed out. A refused save keeps everything as typed.
 */
public final class AgendaItemEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaItemEditorViewModel.class);
    /** A day of talks; more is a typing error. */
    static final int MAX_MINUTES = 600;

    private final Messages messages;
    private final AgendaItem original;
    private final Function<AgendaItem, AgendaItem> store;
    private final BilingualText title;
    private final StringProperty noteZh = new SimpleStringProperty(this, "noteZh", "");
    private final StringProperty noteRu = new SimpleStringProperty(this, "noteRu", "");
    private final StringProperty plannedMinutes = new SimpleStringProperty(this, "plannedMinutes", "");
    private final ObjectProperty<Side> proposedBy = new SimpleObjectProperty<>(this, "proposedBy");
    private final Map<CooperationArea, BooleanProperty> areas = new EnumMap<>(CooperationArea.class);
    private final Map<InformationCategory, BooleanProperty> categories = new EnumMap<>(InformationCategory.class);
    private final StringBinding minutesError;
    private final BooleanBinding valid;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringBinding problemText;
    private final ReadOnlyObjectWrapper<AgendaItem> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final FormFindings findings;

    /**
     * @param original the item to change, or null for a new one
     * @param proposedBy the proposing side a new item starts with
     * @param store    saves the item into the agenda and returns it as stored; may throw when the archive refuses
     */
    AgendaItemEditorViewModel(AgendaItem original, Side proposedBy, Function<AgendaItem, AgendaItem> store,
                              Messages messages) {
        this(original, proposedBy, store, messages, null, 0);
    }

    /** @param review the parity checks of the title and note pairs (null for none), in the meeting's archive */
    AgendaItemEditorViewModel(AgendaItem original, Side proposedBy, Function<AgendaItem, AgendaItem> store,
                              Messages messages, org.huiwu.service.parity.ParityReview review, long meetingId) {
        this.messages = messages;
        this.original = original;
        this.store = store;
        this.title = new BilingualText(original == null ? Bilingual.EMPTY : original.title(), messages,
                "agenda.editor.titleMissing", "agenda.editor.titleZhEmpty", "agenda.editor.titleRuEmpty");
        Set<CooperationArea> taggedAreas = original == null ? Set.of() : original.areas();
        Set<InformationCategory> taggedCategories = original == null ? Set.of() : original.categories();
        for (CooperationArea area : CooperationArea.values()) {
            areas.put(area, new SimpleBooleanProperty(this, area.name(), taggedAreas.contains(area)));
        }
        for (InformationCategory category : InformationCategory.values()) {
            categories.put(category, new SimpleBooleanProperty(this, category.name(),
                    taggedCategories.contains(category)));
        }
        if (original != null) {
            noteZh.set(original.note().zh());
            noteRu.set(original.note().ru());
            plannedMinutes.set(String.valueOf(original.planned().toMinutes()));
            this.proposedBy.set(original.proposedBy());
        } else {
            plannedMinutes.set("30");
            this.proposedBy.set(proposedBy);
        }
        minutesError = Bindings.createStringBinding(
                () -> minutes() < 0 ? messages.get("agenda.editor.minutesInvalid", MAX_MINUTES) : "",
                plannedMinutes);
        valid = Bindings.createBooleanBinding(
                () -> title.given().get() && minutes() >= 0 && this.proposedBy.get() != null,
                title.given(), plannedMinutes, this.proposedBy);
        problemText = Bindings.createStringBinding(() -> String.join("\n", problems), problems);
        findings = new FormFindings(review, meetingId, original == null ? null : original.uuid(),
                () -> List.of(new org.huiwu.service.parity.ParityReview.Part(title.zhProperty().get(),
                                title.ruProperty().get()),
                        new org.huiwu.service.parity.ParityReview.Part(noteZh.get(), noteRu.get())),
                title.zhProperty(), title.ruProperty(), noteZh, noteRu);
    }

    /** What the parity checks find in the title and the note as typed. */
    public FormFindings findings() {
        return findings;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The dialog's title. */
    public String heading() {
        return messages.get(isNew() ? "agenda.editor.addTitle" : "agenda.editor.editTitle");
    }

    public BilingualText title() {
        return title;
    }

    public StringProperty noteZhProperty() {
        return noteZh;
    }

    public StringProperty noteRuProperty() {
        return noteRu;
    }

    /** The planned duration in whole minutes, as typed. */
    public StringProperty plannedMinutesProperty() {
        return plannedMinutes;
    }

    public StringBinding minutesError() {
        return minutesError;
    }

    public ObjectProperty<Side> proposedByProperty() {
        return proposedBy;
    }

    public List<Side> sides() {
        return List.of(Side.values());
    }

    public String sideText(Side side) {
        return side == null ? "" : messages.of(side);
    }

    public List<CooperationArea> areas() {
        return List.of(CooperationArea.values());
    }

    public BooleanProperty areaProperty(CooperationArea area) {
        return areas.get(area);
    }

    public List<InformationCategory> categories() {
        return List.of(InformationCategory.values());
    }

    public BooleanProperty categoryProperty(InformationCategory category) {
        return categories.get(category);
    }

    public String tagText(Enum<?> tag) {
        return messages.of(tag);
    }

    /** For the item reviewing earlier decisions: a note that those stay linked whatever is edited; else empty. */
    public String reviewNote() {
        return original != null && original.reviewsDecisions()
                ? messages.get("agenda.editor.reviewNote", original.reviewedDecisions().size()) : "";
    }

    /** True while the form can be saved: a title in at least one language, readable minutes, a side. */
    public BooleanBinding valid() {
        return valid;
    }

    /** Why the last save was refused, in the user's language; empty after a save went through. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringBinding problemText() {
        return problemText;
    }

    public ReadOnlyObjectProperty<AgendaItem> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saves the item; false, with the form left as typed, when it is incomplete or the archive refuses it. */
    public boolean save() {
        problems.clear();
        title.revealError();
        if (!valid.get()) {
            return false;
        }
        try {
            saved.set(store.apply(build()));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Saving an agenda item failed", e);
            Problem problem = Problem.of(messages.get("agenda.error.saveFailed"), e, messages,
                    messages.get("agenda.error.retry"));
            problems.add(problem.details());
            return false;
        }
    }

    AgendaItem build() {
        Duration planned = Duration.ofMinutes(minutes());
        Set<CooperationArea> chosenAreas = chosen(areas, CooperationArea.class);
        Set<InformationCategory> chosenCategories = chosen(categories, InformationCategory.class);
        Bilingual note = Bilingual.of(noteZh.get(), noteRu.get());
        if (original == null) {
            return new AgendaItem(UUID.randomUUID(), title.value(), note, planned, proposedBy.get(), chosenAreas,
                    chosenCategories, true, null);
        }
        return original.edited(title.value(), note, planned, proposedBy.get(), chosenAreas, chosenCategories);
    }

    /** The typed minutes, or -1 when they are not a whole number from 0 to {@link #MAX_MINUTES}. */
    private int minutes() {
        String text = plannedMinutes.get() == null ? "" : plannedMinutes.get().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text);
            return value >= 0 && value <= MAX_MINUTES ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> flags, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        flags.forEach((value, flag) -> {
            if (flag.get()) {
                set.add(value);
            }
        });
        return set;
    }
}
