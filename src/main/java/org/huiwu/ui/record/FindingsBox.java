// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Finding;
import org.huiwu.service.parity.ParityReview;
import org.huiwu.ui.common.ViewSupport;

/** The parity findings of a form (agenda item, decision), following its fields; hidden while there are none. */
final class FindingsBox {

    private FindingsBox() {
    }

    /** @param id the box's id; lines are id-1, id-2, ... */
    static Node of(FormFindings findings, ViewSupport support, String id) {
        VBox box = new VBox(3);
        box.setId(id);
        box.getStyleClass().add("pair-findings");
        box.managedProperty().bind(box.visibleProperty());
        FindingLine.Host host = new FindingLine.Host() {
            @Override
            public ViewSupport support() {
                return support;
            }

            @Override
            public boolean canChange() {
                return findings.canDismiss();
            }

            @Override
            public void dismiss(Finding finding) {
                DismissDialog.ask(support, box.getScene() == null ? support.window() : box.getScene().getWindow(),
                        support.messages().get("parity.dismiss.formHeader", support.messages().of(finding.check())))
                        .ifPresent(reason -> findings.dismiss(finding, reason));
            }

            @Override
            public void reopen(Finding finding) {
                findings.undoDismissal(finding);
            }

            @Override
            public String dismissedBy(Dismissal dismissal) {
                return dismissal.side().code();
            }
        };
        Runnable show = () -> {
            List<ParityReview.PairFinding> list = findings.list();
            List<Node> lines = FindingLine.lines(host, id + "-", list);
            if (!list.isEmpty() && !findings.canDismiss()) {
                lines.add(FindingLine.note(support.messages().get("parity.dismissAfterSave")));
            }
            box.getChildren().setAll(lines);
            box.setVisible(!lines.isEmpty());
        };
        findings.list().addListener((ListChangeListener<ParityReview.PairFinding>) change -> show.run());
        show.run();
        return box;
    }
}
