// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.MeetingFocus;
import org.huiwu.ui.record.OpenItemsPane;

/**
 * The review area: a meeting read-only, timelines across meetings, all private notes and the open items, in tabs.
 * It follows {@link ReviewFocus}: whoever opens a meeting for review (the record area, the meetings list, a timeline
 * entry, a note, an open item, a search hit) lands on the meeting tab at that place. Built in code: a frame for the
 * panes.
 */
public final class ReviewView implements ViewLoader.Built {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final ReviewPane review;
    private final Tab meetingTab;

    /** @param openItems every open decision across meetings by due date; choosing one opens its meeting in review */
    public ReviewView(ReviewPane review, TimelinePane timeline, NotesPane notes, OpenItemsPane openItems,
                      ReviewFocus focus, MeetingFocus recordFocus, ViewSupport support) {
        this.review = review;
        meetingTab = tab("review-tab-meeting", support.messages().get("review.tab.meeting"), review.root());
        Tab timelineTab = tab("review-tab-timeline", support.messages().get("review.tab.timeline"), timeline.root());
        Tab notesTab = tab("review-tab-notes", support.messages().get("review.tab.notes"), notes.root());
        Tab openTab = tab("review-tab-openItems", support.messages().get("record.tab.openItems"), openItems.root());
        tabs.getTabs().setAll(meetingTab, timelineTab, notesTab, openTab);
        tabs.setId("review-tabs");
        root.setCenter(tabs);
        root.setId("review-view");

        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == notesTab) {
                notes.reload();
            } else if (tab == openTab) {
                // The open items belong to no one meeting: showing them reads them again, whatever the id.
                openItems.show(-1);
            }
        });
        // Back in the area after work elsewhere: what is shown is read again.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && review.shownMeeting() != null) {
                review.reload();
            }
        });
        focus.targetProperty().addListener((obs, old, target) -> {
            if (target != null) {
                show(target);
            }
        });
        // Once the area is in the window: pickers filled before their skins exist lose the value they show.
        javafx.application.Platform.runLater(() -> {
            if (focus.targetProperty().get() != null) {
                show(focus.targetProperty().get());
            } else if (recordFocus.meetingProperty().get() != null) {
                // Opened by its shortcut: review the meeting the record area shows.
                review.open(recordFocus.meetingProperty().get(), null);
            }
        });
    }

    private void show(ReviewFocus.Target target) {
        tabs.getSelectionModel().select(meetingTab);
        review.open(target.meetingId(), target.focus());
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    @Override
    public Parent root() {
        return root;
    }
}
