// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.MeetingFocus;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What UI tests of review mode share, also for the search → review → note → PDF test: the review area over a
 * session, writing a note from the keyboard, checking nothing of the record can be edited, and the text of a
 * meeting's protocol as PDFBox extracts it.
 */
public final class ReviewUi {

    private ReviewUi() {
    }

    /** The review area as the window builds it, over the given session; open meetings through {@code focus}. */
    public static ReviewView reviewArea(ArchiveSession session, Stage stage, Messages messages, ReviewFocus focus,
                                        java.time.Clock clock) {
        ViewSupport support = new ViewSupport(stage, messages, new Formats(messages.language()));
        ReviewPane review = new ReviewPane(new ReviewViewModel(session.review(), session.notes(), messages,
                support.formats(), clock), support);
        TimelineViewModel timeline = new TimelineViewModel(session::timeline, session.registers(), messages,
                support.formats());
        timeline.onOpenReview(focus::openReview);
        NotesViewModel notes = new NotesViewModel(session.notes(), session.review(), messages, support.formats());
        notes.onOpenReview(focus::openReview);
        org.huiwu.ui.record.OpenItemsPane openItems = new org.huiwu.ui.record.OpenItemsPane(
                new org.huiwu.ui.record.OpenItemsViewModel(session.agenda(), session.schedule(), messages,
                        support.formats()), support);
        openItems.onOpenMeeting(meetingId -> focus.openReview(meetingId, null));
        return new ReviewView(review, new TimelinePane(timeline, support), new NotesPane(notes, support), openItems,
                focus, new MeetingFocus(), support);
    }

    /** Types a note into review mode's note field and saves it with Ctrl+Enter. */
    public static void writeNote(FxRobot robot, String text) {
        robot.clickOn("#review-section-notes");
        TextInputControl field = robot.lookup("#review-note-text").queryAs(TextInputControl.class);
        // write() types through the robot; CJK and Kyrgyz letters arrive as they are.
        robot.clickOn(field).write(text);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Nothing in review mode edits the record: every text control except the private note's is read-only, no list is
     * editable, and the only combo boxes (meeting, version) choose what is shown and take no typed text.
     */
    public static void assertNothingEditable(FxRobot robot) {
        List<Node> nodes = descendants(robot.lookup("#review-pane").query());
        assertThat(nodes).filteredOn(TextInputControl.class::isInstance)
                .allSatisfy(node -> assertThat(((TextInputControl) node).isEditable()
                        && !"review-note-text".equals(node.getId())).as(node.toString()).isFalse());
        assertThat(nodes).filteredOn(ListView.class::isInstance).isNotEmpty()
                .allSatisfy(node -> assertThat(((ListView<?>) node).isEditable()).as(node.getId()).isFalse());
        assertThat(nodes).filteredOn(ComboBox.class::isInstance).isNotEmpty()
                .allSatisfy(node -> assertThat(((ComboBox<?>) node).isEditable()).as(node.getId()).isFalse());
    }

    /** The node and everything inside it, also the contents of tabs that are not selected. */
    private static List<Node> descendants(Node node) {
        List<Node> all = new ArrayList<>();
        all.add(node);
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(tab -> all.addAll(descendants(tab.getContent())));
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(item -> all.addAll(descendants(item)));
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.addAll(descendants(child)));
        }
        return all;
    }

    /** The text of both originals of the meeting's protocol, as ProtocolService and ProtocolPdf make them. */
    public static String protocolText(ArchiveSession session, long meetingId) {
        Protocol protocol = session.protocols().protocol(meetingId);
        StringBuilder text = new StringBuilder();
        for (Original original : Original.values()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            try {
                ProtocolPdf.write(protocol, original, ProtocolLayout.PARALLEL, pdf);
                try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                    text.append(new PDFTextStripper().getText(document));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }
}
