// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The minutes editor: a toolbar, the two column headings, and the clauses in a virtual flow that builds cells only
 * for the clauses on screen (2,000 clauses open as fast as 20). Every key of {@link MinutesShortcut} works without
 * the mouse. Thin: what happens is decided by {@link MinutesEditorViewModel}.
 */
public final class MinutesPane implements RecordTab {

    private final MinutesEditorViewModel viewModel;
    private final ViewSupport support;
    private final PeopleNames names;
    private final BorderPane root = new BorderPane();
    private final VirtualFlow<PairRow, PairCell> flow;
    private final Label stateLabel = new Label();
    private final Label saveLabel = new Label();
    private final Label problemLabel = new Label();
    private final HBox problemBar;
    private final Timeline ticker;
    /** Terms and similar clauses follow a pause in typing or a move to another text. */
    private final javafx.animation.PauseTransition helpPause =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
    /** The clause and language the caret was in last, for toolbar actions that act "here". */
    private PairRow currentRow;
    private RecordLanguage currentLanguage = RecordLanguage.ZH;

    public MinutesPane(MinutesEditorViewModel viewModel, ViewSupport support, PeopleNames names) {
        this.viewModel = viewModel;
        this.support = support;
        this.names = names;
        flow = VirtualFlow.createVertical(viewModel.rows(), row -> new PairCell(row, this));
        flow.getStyleClass().add("pair-flow");
        flow.setId("minutes-pairs");
        VirtualizedScrollPane<VirtualFlow<PairRow, PairCell>> scroll = new VirtualizedScrollPane<>(flow);

        Label emptyHint = new Label(message("minutes.empty", MinutesShortcut.NEW_CLAUSE.displayText()));
        emptyHint.getStyleClass().add("muted");
        emptyHint.setWrapText(true);
        Button firstClause = button("minutes-first-clause", "mdi2p-plus", "minutes.action.firstClause", null);
        firstClause.setOnAction(event -> viewModel.insertAfter(null, RecordLanguage.ZH));
        VBox empty = new VBox(10, emptyHint, firstClause);
        empty.setAlignment(Pos.CENTER);
        empty.setId("minutes-empty");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rows())
                .and(viewModel.lockedProperty().not()));
        StackPane center = new StackPane(scroll, empty);
        VBox.setVgrow(center, Priority.ALWAYS);

        problemLabel.setWrapText(true);
        problemLabel.setId("minutes-problem");
        Button dismiss = new Button(message("minutes.problem.dismiss"));
        dismiss.setOnAction(event -> viewModel.dismissProblem());
        problemBar = new HBox(10, new FontIcon("mdi2a-alert-circle-outline"), problemLabel, dismiss);
        problemBar.getStyleClass().add("problem-bar");
        problemBar.setAlignment(Pos.CENTER_LEFT);
        problemBar.setPadding(new Insets(6, 10, 6, 10));
        HBox.setHgrow(problemLabel, Priority.ALWAYS);
        problemBar.managedProperty().bind(problemBar.visibleProperty());
        viewModel.problemProperty().addListener((obs, old, problem) -> showProblem(problem));
        showProblem(null);

        VBox top = new VBox(6, toolbar(), people(), problemBar, headings());
        top.setPadding(new Insets(8, 12, 4, 12));
        root.setTop(top);
        root.setCenter(center);
        if (viewModel.hasAssist()) {
            root.setBottom(new AssistBar(this).root());
            helpPause.setOnFinished(event -> {
                if (currentRow != null) {
                    viewModel.helpFor(currentRow.uuid(), currentLanguage);
                }
            });
        }
        root.getStyleClass().add("minutes-pane");
        root.getStylesheets().add(RecordControls.CSS);
        root.setId("minutes-pane");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        // When the clause holding the caret goes (undo of a split, delete), the caret moves to its neighbour, so the
        // keyboard keeps working without a click.
        viewModel.rows().addListener((javafx.collections.ListChangeListener<PairRow>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && change.getRemoved().contains(currentRow)
                        && !viewModel.rows().contains(currentRow)) {
                    int near = Math.min(change.getFrom(), viewModel.rows().size() - 1);
                    PairRow gone = currentRow;
                    Platform.runLater(() -> {
                        if (near >= 0 && currentRow == gone && viewModel.caretRequestProperty().get() == null) {
                            viewModel.caretRequestProperty().set(new MinutesEditorViewModel.Caret(
                                    viewModel.rows().get(Math.min(near, viewModel.rows().size() - 1)).uuid(),
                                    currentLanguage, -1));
                        }
                    });
                }
            }
        });
        viewModel.pendingAgreementProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                // After the key or click that asked for it has been handled: a dialog opened inside a key
                // handler would swallow the key release.
                Platform.runLater(() -> {
                    if (viewModel.pendingAgreementProperty().get() == pending) {
                        confirmAgreement(pending);
                    }
                });
            }
        });
        viewModel.caretRequestProperty().addListener((obs, old, caret) -> {
            if (caret != null) {
                placeCaret(caret);
            }
        });
        viewModel.stateProperty().addListener((obs, old, state) -> showState());
        viewModel.versionProperty().addListener((obs, old, version) -> showState());
        viewModel.lockedProperty().addListener((obs, old, locked) -> showState());
        viewModel.saveStatusProperty().addListener((obs, old, status) -> showSaveStatus());
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), event -> {
            viewModel.autosaveTick();
            showSaveStatus();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(long meetingId) {
        if (viewModel.meetingId() != meetingId || !viewModel.hasUnsavedChanges()) {
            viewModel.load(meetingId);
            if (!viewModel.rows().isEmpty()) {
                flow.showAsFirst(0);
            }
        }
        currentRow = viewModel.rows().isEmpty() ? null : viewModel.rows().get(0);
        showState();
        showSaveStatus();
    }

    @Override
    public boolean leave() {
        if (viewModel.saveNow()) {
            return true;
        }
        Dialogs.error(support.window(), support.messages(), message("minutes.error.leaveUnsaved"),
                saveProblemText());
        return false;
    }

    // ---- what the cells call --------------------------------------------------------------------------------------

    MinutesEditorViewModel viewModel() {
        return viewModel;
    }

    ViewSupport support() {
        return support;
    }

    void typed(PairRow row, RecordLanguage language, String text) {
        currentRow = row;
        currentLanguage = language;
        viewModel.type(row.uuid(), language, text);
        helpPause.playFromStart();
    }

    void focused(PairRow row, RecordLanguage language) {
        currentRow = row;
        currentLanguage = language;
        helpPause.playFromStart();
    }

    String stateText(AlignedPair pair, RecordLanguage language) {
        TextState state = pair.state(language);
        PairSide side = pair.side(language);
        String owner = support.messages().of(language.owner());
        return switch (state) {
            case DRAFT -> message("minutes.textState.draftOf", owner);
            case AGREED -> message("minutes.textState.agreedBy", owner, names.of(side.agreement().personId()));
            case STALE -> message("minutes.textState.staleSince", owner, languageName(language.other()));
        };
    }

    /** Who dismissed a finding: the person's name, else the side. */
    String dismissedBy(org.huiwu.domain.parity.Dismissal dismissal) {
        return dismissal.personId() == null ? dismissal.side().code()
                : dismissal.side().code() + " · " + names.of(dismissal.personId());
    }

    /** What the finding lines under a clause act on. */
    FindingLine.Host findingHost(PairRow row) {
        return new FindingLine.Host() {
            @Override
            public ViewSupport support() {
                return support;
            }

            @Override
            public boolean canChange() {
                return !viewModel.lockedProperty().get();
            }

            @Override
            public void dismiss(org.huiwu.domain.parity.Finding finding) {
                DismissDialog.ask(support, support.window(), message("parity.dismiss.header", row.number(),
                                support.messages().of(finding.check())))
                        .ifPresent(reason -> viewModel.dismissFinding(row.uuid(), finding, reason));
            }

            @Override
            public void reopen(org.huiwu.domain.parity.Finding finding) {
                viewModel.undoDismissal(row.uuid(), finding);
            }

            @Override
            public String dismissedBy(org.huiwu.domain.parity.Dismissal dismissal) {
                return MinutesPane.this.dismissedBy(dismissal);
            }
        };
    }

    /** Agreeing a clause with open findings: the user confirms, or looks at them first. */
    private void confirmAgreement(MinutesEditorViewModel.PendingAgreement pending) {
        PairRow row = viewModel.row(pending.pair());
        StringBuilder list = new StringBuilder();
        for (org.huiwu.domain.parity.Finding finding : pending.openFindings().subList(0,
                Math.min(pending.openFindings().size(), FindingLine.SHOWN))) {
            list.append("• ").append(support.messages().of(finding.check())).append(": ")
                    .append(FindingLine.fragments(support.messages(), finding)).append('\n');
        }
        list.append('\n').append(message("parity.confirmAgree.details"));
        boolean agree = Dialogs.confirm(support.window(), support.messages(), message("parity.confirmAgree.headline",
                row == null ? 0 : row.number(), pending.openFindings().size()), list.toString());
        if (agree) {
            viewModel.confirmAgreement();
        } else {
            viewModel.cancelAgreement();
        }
    }

    String languageName(RecordLanguage language) {
        return message(language == RecordLanguage.ZH ? "minutes.language.zh" : "minutes.language.ru");
    }

    String provenanceText(PairSide side) {
        if (side.provenance() == null) {
            return "";
        }
        var by = side.provenance();
        String when = support.formats().dateTime(by.writtenAt().atZone(ZoneId.systemDefault()));
        String who = by.authorPersonId() == null ? "" : " · " + names.of(by.authorPersonId());
        return message("minutes.provenance", by.writtenBy().code() + who, when);
    }

    // ---- keyboard -------------------------------------------------------------------------------------------------

    private void onKey(KeyEvent event) {
        MinutesShortcut shortcut = MinutesShortcut.of(event);
        if (shortcut == null) {
            return;
        }
        Optional<Here> here = here();
        switch (shortcut) {
            case HELP -> ShortcutSheet.show(support);
            case UNDO -> viewModel.undo();
            case REDO -> viewModel.redo();
            case SAVE -> viewModel.saveSoon();
            case NEW_CLAUSE -> viewModel.insertAfter(here.map(h -> h.row().uuid()).orElse(lastUuid()),
                    here.map(Here::language).orElse(RecordLanguage.ZH));
            default -> {
                if (here.isEmpty()) {
                    return;
                }
                act(shortcut, here.get());
            }
        }
        event.consume();
    }

    private void act(MinutesShortcut shortcut, Here here) {
        var uuid = here.row().uuid();
        RecordLanguage language = here.language();
        switch (shortcut) {
            case NEXT_CLAUSE -> step(here, 1);
            case PREVIOUS_CLAUSE -> step(here, -1);
            case OTHER_LANGUAGE -> viewModel.caretRequestProperty().set(
                    new MinutesEditorViewModel.Caret(uuid, language.other(), -1));
            case SPLIT -> viewModel.split(uuid, language, caretOf(here, RecordLanguage.ZH),
                    caretOf(here, RecordLanguage.RU));
            case MERGE -> viewModel.mergeWithNext(uuid, language);
            case DELETE_CLAUSE -> {
                if (here.row().pair().zh().isEmpty() && here.row().pair().ru().isEmpty()
                        || Dialogs.confirm(support.window(), support.messages(),
                        message("minutes.confirm.delete", here.row().number()), message("minutes.confirm.undoHint",
                                MinutesShortcut.UNDO.displayText()))) {
                    viewModel.delete(uuid, language);
                }
            }
            case MOVE_UP -> viewModel.move(uuid, -1, language);
            case MOVE_DOWN -> viewModel.move(uuid, 1, language);
            case AGREE -> viewModel.agree(uuid, language);
            default -> { }
        }
    }

    /** Where the caret of each language stands in the clause; the other side's last caret, or its end. */
    private int caretOf(Here here, RecordLanguage language) {
        StyleClassedTextArea area = here.cell().area(language);
        return area.getCaretPosition();
    }

    private void step(Here here, int delta) {
        int index = viewModel.rows().indexOf(here.row()) + delta;
        if (index >= 0 && index < viewModel.rows().size()) {
            viewModel.caretRequestProperty().set(new MinutesEditorViewModel.Caret(
                    viewModel.rows().get(index).uuid(), here.language(), 0));
        }
    }

    private record Here(PairCell cell, PairRow row, RecordLanguage language) {
    }

    /** The clause and language of the focused text, if a text has the focus. */
    private Optional<Here> here() {
        if (root.getScene() == null) {
            return Optional.empty();
        }
        Node focused = root.getScene().getFocusOwner();
        while (focused != null && !(focused instanceof StyleClassedTextArea)) {
            focused = focused.getParent();
        }
        if (focused == null || !(focused.getProperties().get(PairCell.class) instanceof PairCell cell)) {
            return Optional.empty();
        }
        return Optional.of(new Here(cell, cell.row(), (RecordLanguage) focused.getProperties()
                .get(RecordLanguage.class)));
    }

    private java.util.UUID lastUuid() {
        return viewModel.rows().isEmpty() ? null : viewModel.rows().get(viewModel.rows().size() - 1).uuid();
    }

    /** Scrolls to the clause, focuses its text and places the caret (-1 keeps the area's own caret). */
    private void placeCaret(MinutesEditorViewModel.Caret caret) {
        placeCaret(caret, 3);
    }

    private void placeCaret(MinutesEditorViewModel.Caret caret, int attempts) {
        PairRow row = viewModel.row(caret.pair());
        if (row == null) {
            return;
        }
        int index = viewModel.rows().indexOf(row);
        flow.show(index);
        // A clause just added has no cell until the flow is laid out; lay it out now rather than a frame later.
        flow.applyCss();
        flow.layout();
        Optional<PairCell> cell = flow.getCellIfVisible(index);
        if (cell.isEmpty()) {
            if (attempts > 0) {
                Platform.runLater(() -> placeCaret(caret, attempts - 1));
            }
            return;
        }
        StyleClassedTextArea area = cell.get().area(caret.language());
        area.requestFocus();
        if (caret.offset() >= 0) {
            area.moveTo(Math.min(caret.offset(), area.getLength()));
        }
        area.requestFollowCaret();
        currentRow = row;
        currentLanguage = caret.language();
        viewModel.caretRequestProperty().set(null);
    }

    // ---- chrome ---------------------------------------------------------------------------------------------------

    private Node toolbar() {
        stateLabel.setId("minutes-state");
        stateLabel.getStyleClass().add("minutes-state");
        saveLabel.setId("minutes-saved");
        saveLabel.getStyleClass().add("muted");

        Button add = button("minutes-add", "mdi2p-plus", "minutes.action.add", MinutesShortcut.NEW_CLAUSE);
        add.setOnAction(event -> viewModel.insertAfter(currentRow == null ? lastUuid() : currentRow.uuid(),
                currentLanguage));
        Button split = button("minutes-split", "mdi2c-call-split", "minutes.action.split", MinutesShortcut.SPLIT);
        split.setOnAction(event -> here().or(this::remembered).ifPresent(h -> act(MinutesShortcut.SPLIT, h)));
        Button merge = button("minutes-merge", "mdi2c-call-merge", "minutes.action.merge", MinutesShortcut.MERGE);
        merge.setOnAction(event -> remembered().ifPresent(h -> act(MinutesShortcut.MERGE, h)));
        Button delete = button("minutes-delete", "mdi2d-delete-outline", "minutes.action.delete",
                MinutesShortcut.DELETE_CLAUSE);
        delete.setOnAction(event -> remembered().ifPresent(h -> act(MinutesShortcut.DELETE_CLAUSE, h)));
        Button up = button("minutes-move-up", "mdi2a-arrow-up", "minutes.action.moveUp", MinutesShortcut.MOVE_UP);
        up.setOnAction(event -> remembered().ifPresent(h -> act(MinutesShortcut.MOVE_UP, h)));
        Button down = button("minutes-move-down", "mdi2a-arrow-down", "minutes.action.moveDown",
                MinutesShortcut.MOVE_DOWN);
        down.setOnAction(event -> remembered().ifPresent(h -> act(MinutesShortcut.MOVE_DOWN, h)));
        Button agree = button("minutes-agree", "mdi2c-check-decagram-outline", "minutes.action.agree",
                MinutesShortcut.AGREE);
        agree.setOnAction(event -> remembered().ifPresent(h -> act(MinutesShortcut.AGREE, h)));
        Button undo = button("minutes-undo", "mdi2u-undo", "minutes.action.undo", MinutesShortcut.UNDO);
        undo.setOnAction(event -> viewModel.undo());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        Button redo = button("minutes-redo", "mdi2r-redo", "minutes.action.redo", MinutesShortcut.REDO);
        redo.setOnAction(event -> viewModel.redo());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        Button save = button("minutes-save", "mdi2c-content-save-outline", "minutes.action.save",
                MinutesShortcut.SAVE);
        save.setOnAction(event -> viewModel.saveSoon());
        Button finalize = button("minutes-finalize", "mdi2l-lock-check-outline", "minutes.action.finalize", null);
        finalize.setText(message("minutes.action.finalize"));
        finalize.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(MinutesState.AGREED));
        finalize.setOnAction(event -> {
            if (Dialogs.confirm(support.window(), support.messages(), message("minutes.confirm.finalize"),
                    message("minutes.confirm.finalizeDetail"))) {
                viewModel.finalizeMinutes();
            }
        });
        Button reopen = button("minutes-reopen", "mdi2l-lock-open-variant-outline", "minutes.action.reopen", null);
        reopen.setText(message("minutes.action.reopen"));
        reopen.visibleProperty().bind(viewModel.lockedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        finalize.visibleProperty().bind(viewModel.lockedProperty().not());
        finalize.managedProperty().bind(finalize.visibleProperty());
        reopen.setOnAction(event -> {
            if (Dialogs.confirm(support.window(), support.messages(), message("minutes.confirm.reopen"),
                    message("minutes.confirm.reopenDetail"))) {
                viewModel.reopen();
            }
        });
        Button help = button("minutes-help", "mdi2k-keyboard-outline", "minutes.action.help", MinutesShortcut.HELP);
        help.setOnAction(event -> ShortcutSheet.show(support));
        for (Button editing : new Button[] {add, split, merge, delete, up, down, agree, save}) {
            editing.disableProperty().bind(viewModel.lockedProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, stateLabel, new Separator(javafx.geometry.Orientation.VERTICAL), add, split, merge,
                delete, up, down, agree, new Separator(javafx.geometry.Orientation.VERTICAL), undo, redo, save,
                help, spacer, saveLabel, finalize, reopen);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("minutes-toolbar");
        return bar;
    }

    private Optional<Here> remembered() {
        Optional<Here> focused = here();
        if (focused.isPresent()) {
            return focused;
        }
        if (currentRow == null || !viewModel.rows().contains(currentRow)) {
            return Optional.empty();
        }
        int index = viewModel.rows().indexOf(currentRow);
        return flow.getCellIfVisible(index).map(cell -> new Here(cell, currentRow, currentLanguage));
    }

    /** Who is writing, and who agrees for each side: their names go into provenance and agreements. */
    private Node people() {
        ComboBox<Attendee> author = attendeeBox("minutes-author", viewModel.authors());
        author.valueProperty().bindBidirectional(viewModel.authorProperty());
        ComboBox<Attendee> zhAgreer = attendeeBox("minutes-agreer-zh", viewModel.agreers(RecordLanguage.ZH));
        zhAgreer.valueProperty().bindBidirectional(viewModel.agreerProperty(RecordLanguage.ZH));
        ComboBox<Attendee> ruAgreer = attendeeBox("minutes-agreer-ru", viewModel.agreers(RecordLanguage.RU));
        ruAgreer.valueProperty().bindBidirectional(viewModel.agreerProperty(RecordLanguage.RU));
        FlowPane line = new FlowPane(12, 4,
                labelled("minutes.author", author),
                labelled("minutes.agreer.zh", zhAgreer),
                labelled("minutes.agreer.ru", ruAgreer));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node labelled(String key, Node control) {
        Label label = new Label(message(key));
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<Attendee> attendeeBox(String id, javafx.collections.ObservableList<Attendee> items) {
        ComboBox<Attendee> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Attendee attendee) {
                return attendee == null ? "" : attendee.side().code() + " · " + names.of(attendee.personId())
                        + " (" + support.messages().of(attendee.role()) + ")";
            }

            @Override
            public Attendee fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Attendee item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        });
        box.setPrefWidth(260);
        return box;
    }

    private Node headings() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        ColumnConstraints numberColumn = new ColumnConstraints(40);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(47);
        ColumnConstraints otherHalf = new ColumnConstraints();
        otherHalf.setPercentWidth(47);
        grid.getColumnConstraints().setAll(numberColumn, half, otherHalf);
        grid.setPadding(new Insets(4, 10, 0, 6));
        Label zh = new Label(message("minutes.column.zh"));
        Label ru = new Label(message("minutes.column.ru"));
        zh.getStyleClass().add("column-heading");
        ru.getStyleClass().add("column-heading");
        grid.add(new Label("#"), 0, 0);
        grid.add(zh, 1, 0);
        grid.add(ru, 2, 0);
        return grid;
    }

    private Button button(String id, String icon, String tooltipKey, MinutesShortcut shortcut) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        String tip = message(tooltipKey) + (shortcut == null ? "" : "  (" + shortcut.displayText() + ")");
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(message(tooltipKey));
        button.setFocusTraversable(false);
        return button;
    }

    private void showState() {
        String state = message("minutes.state.line", viewModel.versionProperty().get(),
                support.messages().of(viewModel.stateProperty().get()));
        stateLabel.setText(state);
        stateLabel.getStyleClass().removeAll("minutes-draft", "minutes-agreed", "minutes-final");
        stateLabel.getStyleClass().add("minutes-" + viewModel.stateProperty().get().name().toLowerCase(Locale.ROOT));
    }

    private void showSaveStatus() {
        SaveStatus status = viewModel.saveStatusProperty().get();
        saveLabel.getStyleClass().remove("save-failed");
        switch (status.state()) {
            case SAVING -> saveLabel.setText(message("minutes.save.saving"));
            case UNSAVED -> saveLabel.setText(message("minutes.save.unsaved"));
            case FAILED -> {
                saveLabel.setText(message("minutes.save.failed"));
                saveLabel.getStyleClass().add("save-failed");
                saveLabel.setTooltip(new Tooltip(saveProblemText()));
            }
            case SAVED -> saveLabel.setText(viewModel.secondsSinceSaved() < 0 ? message("minutes.save.allSaved")
                    : message("minutes.save.savedAgo", viewModel.secondsSinceSaved()));
        }
    }

    private String saveProblemText() {
        SaveStatus status = viewModel.saveStatusProperty().get();
        return status.problemKey() == null ? "" : message(status.problemKey(), status.problemDetail());
    }

    private void showProblem(MinutesEditorViewModel.Problem problem) {
        problemBar.setVisible(problem != null);
        if (problem != null) {
            problemLabel.setText(message(problem.messageKey(), problem.detail()));
        }
    }

    String message(String key, Object... arguments) {
        return support.messages().get(key, arguments);
    }
}
