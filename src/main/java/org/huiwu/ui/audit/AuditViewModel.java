// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditCheck;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditReport;
import org.huiwu.i18n.AuditTexts;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.audit.AuditFilter;
import org.huiwu.service.audit.AuditService;
import org.huiwu.service.audit.AuditSubject;
import org.huiwu.ui.search.Choice;

/**
 * The audit area: the trail newest first, filtered by user, action, days and a free text as the user chooses, and
 * a verification run off the FX thread whose verdict and lines come back in the user's language. Subjects show by
 * the name of what they name ("16 December 2026 · 会谈 · Переговоры — minutes"), or as stored when that is gone.
 */
public final class AuditViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;
    private final Executor background;
    private final Consumer<Runnable> fxThread;

    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> users = FXCollections.observableArrayList();
    private final List<Choice<AuditAction>> actions = new ArrayList<>();
    private final ObjectProperty<Choice<String>> user = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AuditAction>> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty verifying = new SimpleBooleanProperty();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> intact = new SimpleObjectProperty<>();
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    /** Each subject as shown, by the stored subject; named anew on {@link #refresh()}, not on each keystroke. */
    private final Map<String, String> subjectNames = new HashMap<>();
    /** Rows by sequence until the next refresh: an entry never changes, so typing in a filter formats none again. */
    private final Map<Long, AuditRow> formatted = new HashMap<>();

    /** @param fxThread where a verification's result is applied: Platform::runLater in the app, direct in tests */
    public AuditViewModel(AuditService audit, Messages messages, Formats formats, ZoneId zone, Executor background,
                          Consumer<Runnable> fxThread) {
        this.audit = audit;
        this.messages = messages;
        this.formats = formats;
        this.zone = zone;
        this.background = background;
        this.fxThread = fxThread;
        // "User: Any" as in the search area's filters: a box left at "Any" still says what it filters.
        Choice<String> anyone = new Choice<>(null, any("audit.filter.user"));
        users.add(anyone);
        audit.actorNames().forEach(name -> users.add(new Choice<>(name, name)));
        actions.add(new Choice<>(null, any("audit.filter.action")));
        for (AuditAction value : AuditAction.values()) {
            actions.add(new Choice<>(value, messages.of(value)));
        }
        user.set(anyone);
        action.set(actions.get(0));
        user.addListener((obs, old, now) -> show());
        action.addListener((obs, old, now) -> show());
        from.addListener((obs, old, now) -> show());
        to.addListener((obs, old, now) -> show());
        text.addListener((obs, old, now) -> show());
        refresh();
    }

    private String any(String filterKey) {
        return messages.get(filterKey) + ": " + messages.get("audit.filter.any");
    }

    /** Reads the trail again with the filters as they are, naming its subjects as their records read now. */
    public void refresh() {
        subjectNames.clear();
        formatted.clear();
        show();
    }

    /** The trail read again and filtered; only subjects new since the last refresh are looked up. */
    private void show() {
        AuditFilter filter = new AuditFilter(Optional.ofNullable(user.get()).map(Choice::value),
                Optional.ofNullable(action.get()).map(Choice::value),
                Optional.ofNullable(from.get()).map(day -> day.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.get()).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()),
                text.get());
        List<AuditEntry> all = audit.entries(AuditFilter.ALL);
        name(all);
        List<AuditRow> shown = all.stream()
                .map(entry -> java.util.Map.entry(entry, formatted.computeIfAbsent(entry.sequence(), n -> row(entry))))
                .filter(pair -> filter.matches(pair.getKey(), pair.getValue().subject() + "\n"
                        + pair.getValue().detail()))
                .map(java.util.Map.Entry::getValue).toList();
        rows.setAll(shown);
        count.set(messages.get("audit.count", Integer.toString(shown.size()), Integer.toString(all.size())));
    }

    public void clearFilters() {
        user.set(users.get(0));
        action.set(actions.get(0));
        from.set(null);
        to.set(null);
        text.set("");
    }

    /** Checks the chain and its anchors in the background; the verdict shows when done. */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        // What was done in other areas since the table was read shows with the verdict it is checked in.
        refresh();
        verifying.set(true);
        verdict.set(messages.get("audit.verifying"));
        intact.set(null);
        checks.clear();
        background.execute(() -> {
            try {
                AuditReport report = audit.verify(List.of());
                List<String> lines = new ArrayList<>();
                lines.add(AuditTexts.chain(messages, report.chain(), report.entries()));
                for (AuditCheck check : report.anchors()) {
                    lines.add(AuditTexts.anchor(messages, check));
                }
                if (report.anchors().isEmpty()) {
                    lines.add(messages.get("audit.anchors.none"));
                }
                String said = AuditTexts.verdict(messages, report);
                fxThread.accept(() -> {
                    checks.setAll(lines);
                    verdict.set(said);
                    intact.set(report.intact());
                    verifying.set(false);
                });
            } catch (RuntimeException e) {
                fxThread.accept(() -> {
                    verdict.set(messages.get("audit.verify.failed", String.valueOf(e.getMessage())));
                    intact.set(false);
                    verifying.set(false);
                });
            }
        });
    }

    private void name(List<AuditEntry> entries) {
        List<AuditEntry> unnamed = entries.stream().filter(entry -> !subjectNames.containsKey(entry.subject()))
                .toList();
        if (!unnamed.isEmpty()) {
            audit.subjects(unnamed).forEach((raw, subject) -> subjectNames.put(raw, name(subject)));
        }
    }

    /** Bilingual names both ways joined, as the other areas' lists show them, whatever the UI's language. */
    private String name(AuditSubject subject) {
        if (!subject.found()) {
            return subject.raw();
        }
        return switch (subject.kind()) {
            case MEETING -> meeting(subject);
            case DECISION -> messages.get("audit.subject.decision", subject.name());
            case PLACE -> messages.get("audit.subject.place", subject.name());
            case PERSON -> messages.get("audit.subject.person", subject.name());
            case TERM -> messages.get("audit.subject.term", subject.name());
            case TERMBASE -> messages.get("audit.subject.termbase");
            case INFORMATION_ITEM -> messages.get("audit.subject.informationItem", subject.name());
            case CONSENT -> messages.get("audit.subject.consent", subject.name());
            case USER -> messages.get("audit.subject.user", subject.name());
            case BACKUP -> messages.get("audit.subject.backup", subject.name());
            case OTHER -> subject.raw();
        };
    }

    /** "16 December 2026 · 会谈 · Переговоры", as the review area names a meeting, then the part of it if any. */
    private String meeting(AuditSubject subject) {
        String meeting = formats.date(subject.day()) + " · " + subject.name();
        String part = subject.part();
        if (part.isEmpty()) {
            return meeting;
        }
        String what = switch (part) {
            case "minutes" -> messages.get("audit.subject.part.minutes");
            case "agenda" -> messages.get("audit.subject.part.agenda");
            case "decisions" -> messages.get("audit.subject.part.decisions");
            case "attendance" -> messages.get("audit.subject.part.attendance");
            case "protocol" -> messages.get("audit.subject.part.protocol");
            default -> part.startsWith("pair:") ? messages.get("audit.subject.part.clause") : part;
        };
        return meeting + " — " + what;
    }

    private AuditRow row(AuditEntry entry) {
        return new AuditRow(entry.sequence(), TIME.format(entry.at().atZone(zone)), entry.actorName(),
                messages.of(entry.actorRole()), messages.of(entry.action()),
                subjectNames.getOrDefault(entry.subject(), entry.subject()),
                org.huiwu.i18n.AuditDetailTexts.of(messages, entry.detail()), entry.subject());
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<Choice<String>> users() {
        return users;
    }

    public List<Choice<AuditAction>> actions() {
        return actions;
    }

    public ObjectProperty<Choice<String>> userProperty() {
        return user;
    }

    public ObjectProperty<Choice<AuditAction>> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** "12 of 85 entries". */
    public StringProperty countProperty() {
        return count;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    /** The verdict of the last verification, or what is being done; empty before the first. */
    public StringProperty verdictProperty() {
        return verdict;
    }

    /** Whether the last verification found the trail intact; null while none has finished. */
    public ObjectProperty<Boolean> intactProperty() {
        return intact;
    }

    /** One line per check of the last verification: the chain, then each anchor. */
    public ObservableList<String> checks() {
        return checks;
    }
}
