// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

import org.huiwu.service.ArchiveSession;
import org.huiwu.service.importing.MinutesImport;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.importing.ImportMinutesViewModel;
import org.huiwu.ui.record.AgendaPane;
import org.huiwu.ui.record.AgendaViewModel;
import org.huiwu.ui.record.AttendancePane;
import org.huiwu.ui.record.AttendanceViewModel;
import org.huiwu.ui.record.DecisionsPane;
import org.huiwu.ui.record.DecisionsViewModel;
import org.huiwu.ui.record.EditorAids;
import org.huiwu.ui.record.MeetingFocus;
import org.huiwu.ui.record.MinutesEditorViewModel;
import org.huiwu.ui.record.MinutesPane;
import org.huiwu.ui.record.OpenItemsPane;
import org.huiwu.ui.record.OpenItemsViewModel;
import org.huiwu.ui.record.PeopleNames;
import org.huiwu.ui.record.ProtocolPane;
import org.huiwu.ui.record.ProtocolViewModel;
import org.huiwu.ui.record.RecordTab;
import org.huiwu.ui.record.SystemPrintDialog;
import org.huiwu.ui.record.RecordView;
import org.huiwu.ui.record.RecordViewModel;
import org.huiwu.ui.record.SigningViewModel;
import org.huiwu.ui.record.VersionsPane;
import org.huiwu.ui.record.VersionsViewModel;
import org.huiwu.ui.record.WritingAssist;

/** Builds the record area with its tabs, each over its view model. */
final class RecordViews {

    /** One saver thread for the whole app: saves of one archive must not overtake each other. */
    private static final ExecutorService SAVER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "huiwu-autosave");
        thread.setDaemon(true);
        return thread;
    });

    /** Writes, renders and prints protocols; two threads so a preview page is drawn while a print job runs. */
    private static final ExecutorService PROTOCOLS = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "huiwu-protocol");
        thread.setDaemon(true);
        return thread;
    });

    private RecordViews() {
    }

    static RecordView build(ArchiveSession session, UiContext context, ViewSupport support, MeetingFocus focus) {
        PeopleNames names = new PeopleNames(session.registers());
        Map<String, RecordTab> panes = new LinkedHashMap<>();
        panes.put("record.tab.minutes", new MinutesPane(new MinutesEditorViewModel(session.minutes(),
                new EditorAids(session::parityReview, new WritingAssist(session.terms(), session.memory())),
                context.clock(), SAVER, Platform::runLater), support, names));
        panes.put("record.tab.agenda", new AgendaPane(new AgendaViewModel(session.agenda(), session.schedule(),
                context.messages(), context.formats(), session::parityReview), support));
        panes.put("record.tab.decisions", new DecisionsPane(new DecisionsViewModel(session.agenda(),
                session.schedule(), context.messages(), context.formats(), session::parityReview),
                support));
        panes.put("record.tab.attendance", new AttendancePane(new AttendanceViewModel(session.minutes(),
                session.registers(), context.messages(), session.minutes()::attendanceRecorded), support));
        panes.put("record.tab.versions", new VersionsPane(new VersionsViewModel(session.minutes()), support));
        ProtocolPane protocol = new ProtocolPane(new ProtocolViewModel(session.protocols(),
                session.minutes().homeSide(), context.messages(), PROTOCOLS, Platform::runLater,
                new SystemPrintDialog()), new SigningViewModel(session.protocols(), session.trust(), context.messages(),
                context.clock(), PROTOCOLS, Platform::runLater), support);
        protocol.onOpenMeeting(focus::open);
        panes.put("record.tab.protocol", protocol);
        OpenItemsPane openItems = new OpenItemsPane(new OpenItemsViewModel(session.agenda(), session.schedule(),
                context.messages(), context.formats()), support);
        openItems.onOpenMeeting(focus::open);
        panes.put("record.tab.openItems", openItems);
        RecordView record = new RecordView(new RecordViewModel(session.schedule(), focus, context.formats()), support,
                panes);
        record.onImport((meetingId, label) -> new ImportMinutesViewModel(session.importing(), MinutesImport::read,
                context.messages(), SAVER, Platform::runLater, meetingId, label));
        return record;
    }
}
