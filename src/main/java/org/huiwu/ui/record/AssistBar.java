// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.service.parity.TranslationMemory;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the clauses: for the side being written, the other language's forms of the terms found in it, and similar
 * earlier clauses with both their texts. Shows {@link MinutesEditorViewModel#helpProperty()}; decides nothing.
 */
final class AssistBar {

    private final MinutesPane pane;
    private final VBox root = new VBox(4);
    private final FlowPane terms = new FlowPane(12, 4);
    private final VBox similar = new VBox(2);
    private final Label title = new Label();

    AssistBar(MinutesPane pane) {
        this.pane = pane;
        root.getStyleClass().add("assist-bar");
        root.setId("minutes-assist");
        title.getStyleClass().add("assist-title");
        terms.setId("assist-terms");
        similar.setId("assist-similar");
        root.getChildren().addAll(title, terms, similar);
        pane.viewModel().helpProperty().addListener((obs, old, help) -> show(help));
        show(WritingAssist.Help.NONE);
    }

    Node root() {
        return root;
    }

    private void show(WritingAssist.Help help) {
        terms.getChildren().clear();
        similar.getChildren().clear();
        if (help.pair() == null) {
            title.setText(pane.message("assist.idle"));
            return;
        }
        RecordLanguage other = help.language().other();
        title.setText(pane.message("assist.title", pane.languageName(help.language()), pane.languageName(other)));
        if (help.isEmpty()) {
            Label none = new Label(pane.message("assist.nothing"));
            none.getStyleClass().add("muted");
            terms.getChildren().add(none);
            return;
        }
        for (WritingAssist.TermSuggestion suggestion : help.terms()) {
            Label term = new Label(pane.message("assist.term", suggestion.found(),
                    String.join(" / ", suggestion.counterparts())));
            term.getStyleClass().add("assist-term");
            term.setGraphic(new FontIcon(suggestion.presentOnOtherSide() ? "mdi2c-check" : "mdi2t-translate"));
            if (!suggestion.term().note().isBlank()) {
                term.setTooltip(new Tooltip(suggestion.term().note()));
            }
            if (suggestion.presentOnOtherSide()) {
                term.getStyleClass().add("muted");
            }
            terms.getChildren().add(term);
        }
        for (TranslationMemory.Match match : help.similar()) {
            Label percent = new Label(String.format(Locale.ROOT, "%d %%", Math.round(match.score() * 100)));
            percent.getStyleClass().add("muted");
            percent.setMinWidth(Region.USE_PREF_SIZE);
            Label texts = new Label(match.zh() + "  ·  " + match.ru());
            texts.getStyleClass().add("assist-match");
            texts.setWrapText(true);
            texts.setMaxHeight(40);
            HBox.setHgrow(texts, Priority.ALWAYS);
            HBox line = new HBox(8, percent, texts);
            line.setAlignment(Pos.TOP_LEFT);
            similar.getChildren().add(line);
        }
    }
}
