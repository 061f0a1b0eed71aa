// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.MeetingFocus;
import org.huiwu.ui.record.OpenItemsPane;
import org.huiwu.ui.record.OpenItemsViewModel;
import org.huiwu.ui.review.NotesPane;
import org.huiwu.ui.review.NotesViewModel;
import org.huiwu.ui.review.ReviewFocus;
import org.huiwu.ui.review.ReviewPane;
import org.huiwu.ui.review.ReviewView;
import org.huiwu.ui.review.ReviewViewModel;
import org.huiwu.ui.review.TimelinePane;
import org.huiwu.ui.review.TimelineViewModel;

/** Builds the review area (meeting read-only, timeline, private notes, open items), each pane over its view model. */
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
        OpenItemsPane openItems = new OpenItemsPane(new OpenItemsViewModel(session.agenda(), session.schedule(),
                context.messages(), context.formats()), support);
        openItems.onOpenMeeting(meetingId -> focus.openReview(meetingId, null));
        return new ReviewView(review, new TimelinePane(timelineModel, support), new NotesPane(notesModel, support),
                openItems, focus, recordFocus, support);
    }
}
