// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Finding;
import org.huiwu.service.parity.ParityReview;

/**
 * The parity findings of a form's bilingual texts (an agenda item's title and note, a decision's text), following
 * the fields as they are typed. Once the record exists (it has a UUID) a finding can be dismissed with a reason,
 * for the texts as they read at that moment, like a clause's in the minutes.
 */
public final class FormFindings {

    private final ParityReview review;
    private final long meetingId;
    private final UUID key;
    private final Supplier<List<ParityReview.Part>> parts;
    private final ObservableList<ParityReview.PairFinding> list = FXCollections.observableArrayList();
    private List<Dismissal> known;
    private String problem = "";

    /**
     * @param review the checks, or null for none (the list stays empty)
     * @param key    the record's UUID, or null for a record not yet saved (nothing can be dismissed)
     * @param parts  the texts as aligned pairs, read whenever one of {@code fields} changes
     */
    FormFindings(ParityReview review, long meetingId, UUID key, Supplier<List<ParityReview.Part>> parts,
                 Observable... fields) {
        this.review = review;
        this.meetingId = meetingId;
        this.key = key;
        this.parts = parts;
        this.known = review == null ? List.of() : review.dismissals(meetingId);
        for (Observable field : fields) {
            field.addListener(changed -> refresh());
        }
        refresh();
    }

    /** The findings of the texts as they read now, open ones first. */
    public ObservableList<ParityReview.PairFinding> list() {
        return list;
    }

    public boolean canDismiss() {
        return review != null && key != null;
    }

    /** Dismisses the finding for the texts as they read now, for the archive's own side. */
    public void dismiss(Finding finding, String reason) {
        if (!canDismiss()) {
            return;
        }
        try {
            review.dismissForHomeSide(meetingId, texts(), finding, reason);
            problem = "";
        } catch (IllegalArgumentException e) {
            problem = "parity.dismiss.reasonRequired";
        } catch (ArchiveException e) {
            problem = e.reason().messageKey();
        }
        known = review.dismissals(meetingId);
        refresh();
    }

    public void undoDismissal(Finding finding) {
        if (!canDismiss()) {
            return;
        }
        review.undoDismissal(meetingId, texts(), finding);
        known = review.dismissals(meetingId);
        refresh();
    }

    /** The message key of the last refused dismissal, or "" after one that worked. */
    public String problem() {
        return problem;
    }

    private ParityReview.Texts texts() {
        return new ParityReview.Texts(key == null ? new UUID(0, 0) : key, parts.get());
    }

    private void refresh() {
        list.setAll(review == null ? List.of() : review.review(texts(), known));
    }
}
