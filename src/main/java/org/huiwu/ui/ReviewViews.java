// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.MeetingFocus;
import org.huiwu.ui.review.NotesPane;
import org.huiwu.ui.review.NotesViewModel;
import org.huiwu.ui.review.ReviewFocus;
import org.huiwu.ui.review.ReviewPane;
import org.huiwu.ui.review.ReviewView;
import org.huiwu.ui.review.ReviewViewModel;
import org.huiwu.ui.review.TimelinePane;
import org.huiwu.ui.review.TimelineViewModel;

/** Builds the review area (meeting read-only, timeline, private notes), each pane over its view model. */
final class ReviewViews {

    private ReviewViews() {
    }

    static ReviewView build(ArchiveSession session, UiContext context, ViewSupport support, ReviewFocus focus,
                            MeetingFocus recordFocus) {
        ReviewPane review = new ReviewPane(new ReviewViewModel(session.review(), session.notes(),
                context.messages(), context.formats(), context.clock()), support);
        TimelineViewModel timelineModel = new TimelineViewModel(session::timeline, session.registers(),
                context.messages(), context.formats());
        timelineModel.onOpenReview(focus::openReview);
        NotesViewModel notesModel = new NotesViewModel(session.notes(), session.review(), context.messages(),
                context.formats());
        notesModel.onOpenReview(focus::openReview);
        return new ReviewView(review, new TimelinePane(timelineModel, support), new NotesPane(notesModel, support),
                focus, recordFocus, support);
    }
}
