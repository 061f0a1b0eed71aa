// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Finding;
import org.huiwu.i18n.Messages;
import org.huiwu.service.parity.ParityReview;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One parity finding: the check, the fragment of each text it concerns, and Dismiss (asks for a reason) or, once
 * dismissed, the reason with who and when, and Reopen. Under a clause of the minutes and in the agenda item and
 * decision forms.
 */
final class FindingLine {

    /** What a finding line needs from where it is shown. */
    interface Host {
        ViewSupport support();

        /** Whether findings can be dismissed and reopened here now (not in final minutes, not in a new record). */
        boolean canChange();

        /** Asks for a reason and dismisses the finding. */
        void dismiss(Finding finding);

        void reopen(Finding finding);

        /** Who dismissed it, for the line. */
        String dismissedBy(Dismissal dismissal);
    }

    /** More findings than this under one clause or form say little more; the rest are counted. */
    static final int SHOWN = 8;

    private FindingLine() {
    }

    /**
     * The lines of a list of findings, at most {@link #SHOWN}, then how many more; ids {@code idPrefix} 1, 2, ...
     * The list is the caller's to add notes to.
     */
    static List<Node> lines(Host host, String idPrefix, List<ParityReview.PairFinding> findings) {
        List<Node> lines = new ArrayList<>(Math.min(findings.size(), SHOWN) + 1);
        for (int i = 0; i < Math.min(findings.size(), SHOWN); i++) {
            lines.add(of(host, idPrefix + (i + 1), findings.get(i)));
        }
        if (findings.size() > SHOWN) {
            lines.add(note(host.support().messages().get("parity.more", findings.size() - SHOWN)));
        }
        return lines;
    }

    /** @param id the line's id; its links get "-dismiss" and "-reopen" appended, the reason "-reason" */
    static Node of(Host host, String id, ParityReview.PairFinding item) {
        Messages messages = host.support().messages();
        Finding finding = item.finding();
        FontIcon icon = new FontIcon(item.open() ? "mdi2a-alert-outline" : "mdi2c-check-circle-outline");
        icon.getStyleClass().add(item.open() ? "finding-icon-open" : "finding-icon-dismissed");
        Label check = new Label(messages.of(finding.check()));
        check.getStyleClass().add("finding-check");
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label fragments = new Label(fragments(messages, finding));
        fragments.getStyleClass().add("finding-fragments");
        fragments.setWrapText(true);
        fragments.setMinHeight(Region.USE_PREF_SIZE);
        fragments.setMaxWidth(Double.MAX_VALUE);
        VBox text = new VBox(2, fragments);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, icon, check, text);
        line.setAlignment(Pos.TOP_LEFT);
        line.setId(id);
        line.getStyleClass().addAll("finding", item.open() ? "finding-open" : "finding-dismissed");
        Hyperlink action;
        if (item.open()) {
            action = new Hyperlink(messages.get("parity.action.dismiss"));
            action.setId(id + "-dismiss");
            action.setOnAction(event -> host.dismiss(finding));
        } else {
            Dismissal dismissal = item.dismissal();
            Label reason = new Label(messages.get("parity.dismissed", dismissal.reason(), host.dismissedBy(dismissal),
                    host.support().formats().dateTime(dismissal.at().atZone(ZoneId.systemDefault()))));
            reason.getStyleClass().addAll("muted", "finding-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            reason.setId(id + "-reason");
            text.getChildren().add(reason);
            action = new Hyperlink(messages.get("parity.action.reopen"));
            action.setId(id + "-reopen");
            action.setOnAction(event -> host.reopen(finding));
        }
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setDisable(!host.canChange());
        line.getChildren().add(action);
        return line;
    }

    /** "Chinese: «7» · Russian: «6»", a missing side said so. */
    static String fragments(Messages messages, Finding finding) {
        return messages.get("parity.finding.fragments", messages.get("minutes.language.zh"),
                fragment(messages, finding.zh()), messages.get("minutes.language.ru"),
                fragment(messages, finding.ru()));
    }

    /** A muted line under the findings: how many more there are, or why there are none. */
    static Node note(String text) {
        Label note = new Label(text);
        note.getStyleClass().addAll("muted", "finding-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private static String fragment(Messages messages, String text) {
        return text.isBlank() ? messages.get("parity.finding.missing") : "«" + text + "»";
    }
}
