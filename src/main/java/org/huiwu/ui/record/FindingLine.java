// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.ZoneId;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Finding;
import org.huiwu.service.parity.ParityReview;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One parity finding under a clause: the check, the fragment of each text it concerns, and Dismiss (asks for a
 * reason) or, once dismissed, the reason with who and when, and Reopen.
 */
final class FindingLine {

    private FindingLine() {
    }

    static Node of(MinutesPane pane, PairRow row, int index, ParityReview.PairFinding item) {
        Finding finding = item.finding();
        String id = "pair-" + row.number() + "-finding-" + (index + 1);
        FontIcon icon = new FontIcon(item.open() ? "mdi2a-alert-outline" : "mdi2c-check-circle-outline");
        icon.getStyleClass().add(item.open() ? "finding-icon-open" : "finding-icon-dismissed");
        Label check = new Label(pane.support().messages().of(finding.check()));
        check.getStyleClass().add("finding-check");
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label fragments = new Label(pane.message("parity.finding.fragments",
                pane.languageName(RecordLanguage.ZH), fragment(pane, finding.zh()),
                pane.languageName(RecordLanguage.RU), fragment(pane, finding.ru())));
        fragments.getStyleClass().add("finding-fragments");
        fragments.setWrapText(true);
        fragments.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(fragments, Priority.ALWAYS);
        fragments.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, icon, check, fragments);
        line.setAlignment(Pos.TOP_LEFT);
        line.setId(id);
        line.getStyleClass().addAll("finding", item.open() ? "finding-open" : "finding-dismissed");
        boolean editable = !pane.viewModel().lockedProperty().get();
        if (item.open()) {
            Hyperlink dismiss = new Hyperlink(pane.message("parity.action.dismiss"));
            dismiss.setId(id + "-dismiss");
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            dismiss.setDisable(!editable);
            dismiss.setOnAction(event -> pane.askDismissal(row, finding));
            line.getChildren().add(dismiss);
        } else {
            Dismissal dismissal = item.dismissal();
            Label reason = new Label(pane.message("parity.dismissed", dismissal.reason(),
                    pane.dismissedBy(dismissal), pane.support().formats().dateTime(dismissal.at().atZone(ZoneId.systemDefault()))));
            reason.getStyleClass().addAll("muted", "finding-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            reason.setId(id + "-reason");
            Hyperlink reopen = new Hyperlink(pane.message("parity.action.reopen"));
            reopen.setId(id + "-reopen");
            reopen.setMinWidth(Region.USE_PREF_SIZE);
            reopen.setDisable(!editable);
            reopen.setOnAction(event -> pane.viewModel().undoDismissal(row.uuid(), finding));
            // The reason goes under the fragments (a node has one parent: take it out of the line first).
            int at = line.getChildren().indexOf(fragments);
            line.getChildren().remove(fragments);
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(2, fragments, reason);
            HBox.setHgrow(text, Priority.ALWAYS);
            line.getChildren().add(at, text);
            line.getChildren().add(reopen);
        }
        return line;
    }

    /** A muted line under the findings: how many more there are, or why there are none. */
    static Node note(String text) {
        Label note = new Label(text);
        note.getStyleClass().addAll("muted", "finding-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private static String fragment(MinutesPane pane, String text) {
        return text.isBlank() ? pane.message("parity.finding.missing") : "«" + text + "»";
    }
}
