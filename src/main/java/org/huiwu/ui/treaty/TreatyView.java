// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.treaty;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.ui.common.ViewSupport;

/** The agreement: its term on top, the articles on the left, the chosen one's Chinese and Russian side by side. */
public final class TreatyView {

    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    /** Row 0 holds the two column headers; the text starts below. */
    private static final int FIRST_TEXT_ROW = 1;

    private final TreatyViewModel viewModel;
    private final List<Node> textNodes = new ArrayList<>();

    @FXML
    private ListView<String> articles;
    @FXML
    private ScrollPane textScroll;
    @FXML
    private GridPane text;
    @FXML
    private Label termPeriod;
    @FXML
    private Label termExpiry;
    @FXML
    private Label termNotice;
    @FXML
    private Label termDaysLeft;

    public TreatyView(TreatyViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        articles.setItems(viewModel.entries());
        articles.getSelectionModel().select(viewModel.selectedIndexProperty().get());
        articles.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            // -1 while the list rebuilds its selection: keep showing what was chosen.
            if (index.intValue() >= 0) {
                viewModel.selectedIndexProperty().set(index.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener(
                (obs, old, index) -> articles.getSelectionModel().select(index.intValue()));

        termPeriod.textProperty().bind(viewModel.termPeriodProperty());
        termExpiry.textProperty().bind(viewModel.termExpiryProperty());
        termNotice.textProperty().bind(viewModel.termNoticeProperty());
        termDaysLeft.textProperty().bind(viewModel.termDaysLeftProperty());
        termNotice.pseudoClassStateChanged(PASSED, viewModel.noticeDeadlinePassedProperty().get());
        viewModel.noticeDeadlinePassedProperty().addListener(
                (obs, old, passed) -> termNotice.pseudoClassStateChanged(PASSED, passed));

        viewModel.headingProperty().addListener((obs, old, heading) -> showText());
        viewModel.paragraphs().addListener((ListChangeListener<Bilingual>) change -> showText());
        showText();
    }

    /** One grid row per pair, so a Chinese paragraph and its Russian one always start at the same height. */
    private void showText() {
        text.getChildren().removeAll(textNodes);
        textNodes.clear();
        int row = FIRST_TEXT_ROW;
        addRow(viewModel.headingProperty().get(), row++, "treaty-heading");
        for (Bilingual paragraph : viewModel.paragraphs()) {
            addRow(paragraph, row++, "treaty-paragraph");
        }
        text.getChildren().addAll(textNodes);
        textScroll.setVvalue(0);
    }

    private void addRow(Bilingual pair, int row, String styleClass) {
        textNodes.add(cell(pair.zh(), 0, row, styleClass, "zh-text"));
        textNodes.add(cell(pair.ru(), 1, row, styleClass, "ru-text"));
    }

    private static Label cell(String value, int column, int row, String... styleClasses) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("parallel-text");
        label.getStyleClass().addAll(styleClasses);
        GridPane.setConstraints(label, column, row);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
