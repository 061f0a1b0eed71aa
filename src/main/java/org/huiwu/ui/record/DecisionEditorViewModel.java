// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form of the decision dialog: kind, the text in both languages, who carries it out, the due date and the
 * status. One language is enough to save (the other delegation may add its text later); an empty side and a due
 * date before the meeting are pointed out. A refused save keeps everything as typed.
 */
public final class DecisionEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionEditorViewModel.class);

    private final Messages messages;
    private final Decision original;
    private final long meetingId;
    private final Function<Decision, Decision> store;
    private final ObjectProperty<DecisionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final BilingualText text;
    private final ObjectProperty<Responsibility> responsible = new SimpleObjectProperty<>(this, "responsible");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final ObjectProperty<DecisionStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringBinding dueWarning;
    private final BooleanBinding valid;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringBinding problemText;
    private final FormFindings findings;
    private final ReadOnlyObjectWrapper<Decision> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    /**
     * @param original    the decision to change, or null for a new one of {@code meetingId}
     * @param meetingDate the meeting's local date: a due date before it is pointed out
     * @param store       saves the decision among the meeting's and returns it as stored; may throw
     */
    DecisionEditorViewModel(Decision original, long meetingId, LocalDate meetingDate,
                            Function<Decision, Decision> store, Messages messages, Formats formats) {
        this(original, meetingId, meetingDate, store, messages, formats, null);
    }

    /** @param review the parity checks of the text, or null for none */
    DecisionEditorViewModel(Decision original, long meetingId, LocalDate meetingDate,
                            Function<Decision, Decision> store, Messages messages, Formats formats,
                            org.huiwu.service.parity.ParityReview review) {
        this.messages = messages;
        this.original = original;
        this.meetingId = meetingId;
        this.store = store;
        this.text = new BilingualText(original == null ? Bilingual.EMPTY : original.text(), messages,
                "decisions.editor.textMissing", "decisions.editor.textZhEmpty", "decisions.editor.textRuEmpty");
        kind.set(original == null ? DecisionKind.DECISION : original.kind());
        responsible.set(original == null ? Responsibility.BOTH : original.responsible());
        due.set(original == null ? null : original.due());
        status.set(original == null ? DecisionStatus.OPEN : original.status());
        dueWarning = Bindings.createStringBinding(() -> due.get() != null && meetingDate != null
                && due.get().isBefore(meetingDate)
                ? messages.get("decisions.editor.dueBeforeMeeting", formats.shortDate(meetingDate)) : "", due);
        valid = Bindings.createBooleanBinding(() -> text.given().get() && kind.get() != null
                && responsible.get() != null && status.get() != null, text.given(), kind, responsible, status);
        problemText = Bindings.createStringBinding(() -> String.join("\n", problems), problems);
        findings = new FormFindings(review, meetingId, original == null ? null : original.uuid(),
                () -> java.util.List.of(new org.huiwu.service.parity.ParityReview.Part(text.zhProperty().get(),
                        text.ruProperty().get())), text.zhProperty(), text.ruProperty());
    }

    /** What the parity checks find in the text as typed. */
    public FormFindings findings() {
        return findings;
    }

    public boolean isNew() {
        return original == null;
    }

    public String heading() {
        return messages.get(isNew() ? "decisions.editor.addTitle" : "decisions.editor.editTitle");
    }

    public ObjectProperty<DecisionKind> kindProperty() {
        return kind;
    }

    public BilingualText text() {
        return text;
    }

    public ObjectProperty<Responsibility> responsibleProperty() {
        return responsible;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObjectProperty<DecisionStatus> statusProperty() {
        return status;
    }

    public List<DecisionKind> kinds() {
        return List.of(DecisionKind.values());
    }

    public List<Responsibility> responsibilities() {
        return List.of(Responsibility.values());
    }

    public List<DecisionStatus> statuses() {
        return List.of(DecisionStatus.values());
    }

    /** Names a kind, responsibility or status in the UI language. */
    public String name(Enum<?> value) {
        return value == null ? "" : messages.of(value);
    }

    /** Set while the due date lies before the meeting (a likely typing error); saving is allowed. */
    public StringBinding dueWarning() {
        return dueWarning;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringBinding problemText() {
        return problemText;
    }

    public ReadOnlyObjectProperty<Decision> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saves the decision; false, with the form left as typed, when it is incomplete or the archive refuses. */
    public boolean save() {
        problems.clear();
        text.revealError();
        if (!valid.get()) {
            return false;
        }
        try {
            saved.set(store.apply(build()));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Saving a decision failed", e);
            problems.add(Problem.of(messages.get("decisions.error.saveFailed"), e, messages,
                    messages.get("decisions.error.retry")).details());
            return false;
        }
    }

    Decision build() {
        if (original == null) {
            return new Decision(UUID.randomUUID(), meetingId, kind.get(), text.value(), responsible.get(), due.get(),
                    status.get(), null);
        }
        return new Decision(original.uuid(), original.meetingId(), kind.get(), text.value(), responsible.get(),
                due.get(), status.get(), original.agendaItem());
    }
}
