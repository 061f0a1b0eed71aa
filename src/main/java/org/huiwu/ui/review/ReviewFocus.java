// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where review mode is asked to go, shared by the areas of one window: the meetings list, the record area, the
 * timeline, the notes list and search hits all open a meeting in review mode through {@link #openReview}.
 */
public final class ReviewFocus {

    /**
     * A meeting to review and, optionally, the clause (pair), agenda item or decision to show first.
     *
     * @param focus   a pair's, agenda item's or decision's UUID, or null for the top of the meeting
     * @param request counts the requests: opening the same place twice is two changes, not one
     */
    public record Target(long meetingId, UUID focus, long request) {
    }

    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
    private Runnable bringForward = () -> { };
    private long requests;

    /**
     * Opens the meeting read-only in review mode and brings review mode forward, with the given pair, agenda item or
     * decision selected and scrolled to (null: none). The one entry point for every caller, e.g. a search hit:
     * {@code hit -> reviewFocus.openReview(hit.meetingId(), hit.pairUuid())}.
     */
    public void openReview(long meetingId, UUID focusPairOrItem) {
        target.set(new Target(meetingId, focusPairOrItem, ++requests));
        bringForward.run();
    }

    /** The latest request; review mode follows it. */
    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** What opening does besides choosing the meeting: the main window shows the review area. */
    public void onOpen(Runnable action) {
        this.bringForward = action;
    }
}
