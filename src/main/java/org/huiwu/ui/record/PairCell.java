// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextDiff;
import org.huiwu.domain.minutes.TextSplice;
import org.huiwu.domain.minutes.TextState;

/**
 * One clause on screen: its number, then the Chinese and the Russian text in two columns of the same width, in one
 * grid row, so a long text on either side grows the row for both. Built only while the clause is visible.
 */
final class PairCell implements Cell<PairRow, Node> {

    /** A text taller than this scrolls inside its box; the clause list stays navigable with a pasted megabyte. */
    static final double MAX_TEXT_HEIGHT = 420;
    private static final double MIN_TEXT_HEIGHT = 48;
    /** How long typing must pause before the findings are checked again. */
    static final int FINDINGS_DELAY_MS = 400;

    private final PairRow row;
    private final MinutesPane pane;
    private final GridPane grid = new GridPane();
    private final Label number = new Label();
    private final Map<RecordLanguage, StyleClassedTextArea> areas = new EnumMap<>(RecordLanguage.class);
    private final Map<RecordLanguage, VirtualizedScrollPane<StyleClassedTextArea>> boxes =
            new EnumMap<>(RecordLanguage.class);
    private final Map<RecordLanguage, Label> states = new EnumMap<>(RecordLanguage.class);
    private final Map<RecordLanguage, Label> provenances = new EnumMap<>(RecordLanguage.class);
    private final Map<RecordLanguage, VBox> changes = new EnumMap<>(RecordLanguage.class);
    private final javafx.animation.PauseTransition findingsPause =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(FINDINGS_DELAY_MS));
    private final ChangeListener<AlignedPair> pairListener = (obs, old, now) -> {
        show(now);
        // Findings follow a pause in typing, not every keystroke.
        findingsPause.playFromStart();
    };
    private final ChangeListener<Number> findingsListener = (obs, old, now) -> showFindings();
    /** The clause's parity findings, across both columns under the texts. */
    private final VBox findings = new VBox(3);
    private final ChangeListener<Number> numberListener = (obs, old, now) -> numbered(now.intValue());
    private final ChangeListener<Boolean> lockListener = (obs, old, now) -> setEditable(!now);
    /** True while the cell writes the document's text into an area, so that write is not taken for typing. */
    private boolean applying;

    PairCell(PairRow row, MinutesPane pane) {
        this.row = row;
        this.pane = pane;
        grid.getStyleClass().add("pair-row");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(6, 10, 8, 6));
        ColumnConstraints numberColumn = new ColumnConstraints(40);
        numberColumn.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(47);
        half.setHgrow(Priority.ALWAYS);
        ColumnConstraints otherHalf = new ColumnConstraints();
        otherHalf.setPercentWidth(47);
        otherHalf.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(numberColumn, half, otherHalf);
        RowConstraints textRow = new RowConstraints();
        textRow.setVgrow(Priority.NEVER);
        textRow.setValignment(VPos.TOP);
        grid.getRowConstraints().setAll(textRow);
        number.getStyleClass().add("pair-number");
        number.setText(row.number() + ".");
        grid.add(number, 0, 0);
        for (RecordLanguage language : RecordLanguage.values()) {
            build(language);
        }
        findings.getStyleClass().add("pair-findings");
        findings.managedProperty().bind(findings.visibleProperty());
        grid.add(findings, 1, 2, 2, 1);
        findingsPause.setOnFinished(event -> showFindings());
        row.pairProperty().addListener(pairListener);
        row.numberProperty().addListener(numberListener);
        pane.viewModel().lockedProperty().addListener(lockListener);
        pane.viewModel().findingsRevisionProperty().addListener(findingsListener);
        setEditable(!pane.viewModel().lockedProperty().get());
        numbered(row.number());
        show(row.pair());
        showFindings();
    }

    private void showFindings() {
        java.util.List<Node> lines = FindingLine.lines(pane.findingHost(row), "pair-" + row.number() + "-finding-",
                pane.viewModel().findings(row.uuid()));
        if (pane.viewModel().tooLongToCheck(row.uuid())) {
            lines.add(FindingLine.note(pane.message("parity.tooLong",
                    MinutesEditorViewModel.LONGEST_CHECKED)));
        }
        findings.getChildren().setAll(lines);
        findings.setVisible(!lines.isEmpty());
    }

    /** Ids follow the clause number, so tests and accessibility tools find "clause 3, Russian". */
    private void numbered(int clause) {
        boolean renumbered = grid.getId() != null && !grid.getId().equals("pair-" + clause);
        number.setText(clause + ".");
        grid.setId("pair-" + clause);
        if (renumbered) {
            showFindings();
        }
        for (RecordLanguage language : RecordLanguage.values()) {
            String suffix = "-" + language.name().toLowerCase(java.util.Locale.ROOT);
            areas.get(language).setId("pair-" + clause + suffix);
            states.get(language).setId("pair-" + clause + "-state" + suffix);
        }
    }

    private void build(RecordLanguage language) {
        int column = language == RecordLanguage.ZH ? 1 : 2;
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().addAll("pair-text", language == RecordLanguage.ZH ? "pair-text-zh" : "pair-text-ru");
        area.getProperties().put(PairCell.class, this);
        area.getProperties().put(RecordLanguage.class, language);
        area.setAccessibleText(pane.languageName(language));
        area.replaceText(row.pair().side(language).text());
        area.plainTextChanges().subscribe(change -> {
            if (!applying) {
                pane.typed(row, language, area.getText());
            }
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                pane.focused(row, language);
            } else {
                pane.viewModel().closeTypingGroup();
            }
        });
        VirtualizedScrollPane<StyleClassedTextArea> box = new VirtualizedScrollPane<>(area);
        box.getStyleClass().add("pair-text-box");
        box.setMaxHeight(Double.MAX_VALUE);
        // The box is as tall as its text, up to a cap; the taller of the two sets the row's height.
        area.totalHeightEstimateProperty().addListener((obs, old, height) -> fitHeight(box, height));
        fitHeight(box, null);
        areas.put(language, area);
        boxes.put(language, box);
        GridPane.setVgrow(box, Priority.ALWAYS);
        GridPane.setFillHeight(box, true);
        grid.add(box, column, 0);

        Label state = new Label();
        state.getStyleClass().add("pair-state");
        Label provenance = new Label();
        provenance.getStyleClass().addAll("muted", "pair-provenance");
        provenance.setWrapText(true);
        // The state on a line of its own: it is what the user scans for, and must never be cut short.
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        provenance.setMinHeight(Region.USE_PREF_SIZE);
        VBox line = new VBox(2, state, provenance);
        states.put(language, state);
        provenances.put(language, provenance);
        VBox change = new VBox(2);
        change.getStyleClass().add("pair-changes");
        changes.put(language, change);
        VBox below = new VBox(3, line, change);
        grid.add(below, column, 1);
    }

    private void fitHeight(VirtualizedScrollPane<StyleClassedTextArea> box, Double estimate) {
        double height = estimate == null ? MIN_TEXT_HEIGHT : estimate + 10;
        double fitted = Math.max(MIN_TEXT_HEIGHT, Math.min(MAX_TEXT_HEIGHT, height));
        if (box.getPrefHeight() != fitted) {
            box.setPrefHeight(fitted);
            box.setMinHeight(fitted);
        }
    }

    private void setEditable(boolean editable) {
        areas.values().forEach(area -> area.setEditable(editable));
        showFindings();
    }

    /** Writes the document's state into the cell: texts (as a splice, so the caret stays), states, changes. */
    private void show(AlignedPair pair) {
        for (RecordLanguage language : RecordLanguage.values()) {
            StyleClassedTextArea area = areas.get(language);
            PairSide side = pair.side(language);
            String shown = area.getText();
            if (!shown.equals(side.text())) {
                TextSplice splice = TextSplice.between(shown, side.text());
                applying = true;
                try {
                    area.replaceText(splice.offset(), splice.offset() + splice.removed().length(),
                            splice.inserted());
                    if (area.isFocused()) {
                        area.moveTo(Math.min(splice.insertedEnd(), area.getLength()));
                    }
                } finally {
                    applying = false;
                }
            }
            TextState state = pair.state(language);
            Label label = states.get(language);
            label.setText(pane.stateText(pair, language));
            label.getStyleClass().removeAll("state-draft", "state-agreed", "state-stale");
            label.getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
            provenances.get(language).setText(pane.provenanceText(side));
            showChanges(pair, language, state);
        }
    }

    private void showChanges(AlignedPair pair, RecordLanguage language, TextState state) {
        VBox box = changes.get(language);
        box.getChildren().clear();
        if (state != TextState.STALE) {
            return;
        }
        TextDiff diff = pair.changesSinceAgreement(language);
        Label title = new Label(pane.support().messages().get("minutes.stale.changed",
                pane.languageName(language.other())));
        title.getStyleClass().add("pair-changes-title");
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff");
        for (TextDiff.Segment segment : diff.segments()) {
            Text text = new Text(segment.text());
            text.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
            flow.getChildren().add(text);
        }
        box.getChildren().addAll(title, flow);
    }

    StyleClassedTextArea area(RecordLanguage language) {
        return areas.get(language);
    }

    PairRow row() {
        return row;
    }

    @Override
    public Node getNode() {
        return grid;
    }

    @Override
    public void dispose() {
        row.pairProperty().removeListener(pairListener);
        row.numberProperty().removeListener(numberListener);
        pane.viewModel().lockedProperty().removeListener(lockListener);
        pane.viewModel().findingsRevisionProperty().removeListener(findingsListener);
        findingsPause.stop();
        if (areas.values().stream().anyMatch(javafx.scene.Node::isFocused)) {
            pane.viewModel().closeTypingGroup();
        }
        areas.values().forEach(StyleClassedTextArea::dispose);
    }
}
