// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import javafx.util.Callback;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.backup.BackupViewModel;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.meetings.MeetingsView;
import org.huiwu.ui.meetings.MeetingsViewModel;
import org.huiwu.ui.registers.RegistersView;
import org.huiwu.ui.registers.RegistersViewModel;
import org.huiwu.ui.schedule.ScheduleView;
import org.huiwu.ui.schedule.ScheduleViewModel;
import org.huiwu.ui.settings.OwnPassphraseViewModel;
import org.huiwu.ui.settings.SettingsView;
import org.huiwu.ui.settings.SettingsViewModel;
import org.huiwu.ui.settings.UsersViewModel;
import org.huiwu.ui.treaty.TreatyView;
import org.huiwu.ui.treaty.TreatyViewModel;

/** Builds each view with its view model: the only place where views meet the services (through their models). */
public final class ViewFactory implements Callback<Class<?>, Object> {

    /** Backups and restores, one at a time, off the FX thread. */
    private static final java.util.concurrent.Executor BACKGROUND = java.util.concurrent.Executors
            .newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "huiwu-backup");
                thread.setDaemon(true);
                return thread;
            });

    /** Verifications of the audit trail, off the FX thread (they read every backup's header and signed PDF). */
    private static final java.util.concurrent.Executor AUDIT_CHECKS = java.util.concurrent.Executors
            .newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "huiwu-audit");
                thread.setDaemon(true);
                return thread;
            });

    private final UiContext context;
    private final ViewSupport support;
    private final org.huiwu.ui.record.MeetingFocus focus = new org.huiwu.ui.record.MeetingFocus();
    private final org.huiwu.ui.review.ReviewFocus reviewFocus = new org.huiwu.ui.review.ReviewFocus();
    private MainViewModel main;

    public ViewFactory(UiContext context) {
        this.context = context;
        this.support = new ViewSupport(context.stage(), context.messages(), context.formats());
    }

    @Override
    public Object call(Class<?> type) {
        if (type == ScheduleView.class) {
            ArchiveSession session = session();
            return new ScheduleView(new ScheduleViewModel(session.schedule(), session.registers(),
                    context.messages(), context.formats(), context.clock()), support);
        }
        if (type == MeetingsView.class) {
            ArchiveSession session = session();
            MeetingsView meetings = new MeetingsView(new MeetingsViewModel(session.schedule(), session.registers(),
                    context.messages(), context.formats(), context.clock()), support, focus);
            meetings.onReview(meetingId -> reviewFocus.openReview(meetingId, null));
            return meetings;
        }
        if (type == org.huiwu.ui.record.RecordView.class) {
            org.huiwu.ui.record.RecordView record = RecordViews.build(session(), context, support, focus);
            record.onReview(meetingId -> reviewFocus.openReview(meetingId, null));
            if (main != null) {
                main.addLeaveHook(record::leaveAll);
            }
            return record;
        }
        if (type == org.huiwu.ui.review.ReviewView.class) {
            return ReviewViews.build(session(), context, support, reviewFocus, focus);
        }
        if (type == RegistersView.class) {
            ArchiveSession session = session();
            return new RegistersView(new RegistersViewModel(session.registers(), context.messages()),
                    new org.huiwu.ui.registers.TermbaseViewModel(session.terms(), context.messages()),
                    new org.huiwu.ui.registers.Art4ViewModel(session.confidentiality(),
                            new org.huiwu.ui.registers.SessionArt4Links(session), context.messages(),
                            session.actor().may(org.huiwu.domain.access.Permission.KEEP_CONFIDENTIAL_REGISTERS)),
                    support);
        }
        if (type == TreatyView.class) {
            return new TreatyView(new TreatyViewModel(context.treaty(), context.messages(), context.formats()),
                    support);
        }
        if (type == SettingsView.class) {
            BackupViewModel backups = new BackupViewModel(context.backups(), context.settings(),
                    context.openSession().map(ArchiveSession::archive), context.messages(), context.formats(),
                    context.clock().getZone(), BACKGROUND, javafx.application.Platform::runLater);
            UsersViewModel users = context.openSession()
                    .filter(open -> open.actor().may(org.huiwu.domain.access.Permission.MANAGE_USERS))
                    .map(open -> new UsersViewModel(open.users(), open.actor().userName(), context.messages()))
                    .orElse(null);
            OwnPassphraseViewModel ownPassphrase = context.openSession()
                    .map(open -> new OwnPassphraseViewModel(open.users(), context.messages(), BACKGROUND,
                            javafx.application.Platform::runLater))
                    .orElse(null);
            return new SettingsView(new SettingsViewModel(context.settings(), context.folders(),
                    context.messages()), backups, context.archiveSwitch(), support, users, ownPassphrase);
        }
        if (type == org.huiwu.ui.search.SearchView.class) {
            ArchiveSession session = session();
            var search = new org.huiwu.ui.search.SearchViewModel(session.search(), session.schedule(),
                    session.registers(), context.messages(), context.formats(), javafx.application.Platform::runLater);
            // A hit opens read-only: review mode at the clause, item or decision found (a note: what it is on).
            search.onOpenHit(hit -> reviewFocus.openReview(hit.meetingId(),
                    hit.kind() == org.huiwu.service.search.HitKind.MEETING ? null : hit.record()));
            return new org.huiwu.ui.search.SearchView(search, support);
        }
        if (type == org.huiwu.ui.audit.AuditView.class) {
            ArchiveSession session = session();
            var audit = session.auditing(new org.huiwu.service.audit.AuditAnchors(context.backups(),
                    org.huiwu.pdf.protocol.ProtocolAnchor::read,
                    org.huiwu.pdf.protocol.ProtocolAnchor::made));
            return new org.huiwu.ui.audit.AuditView(new org.huiwu.ui.audit.AuditViewModel(audit,
                    context.messages(), context.formats(), context.clock().getZone(), AUDIT_CHECKS,
                    javafx.application.Platform::runLater), support);
        }
        if (type == MainView.class) {
            // The index catches up in the background from the start, not when the search area is first shown.
            session().search();
            main = new MainViewModel(session().info(), session().actor(), context.messages());
            focus.onOpen(() -> main.areaProperty().set(Area.RECORD));
            reviewFocus.onOpen(() -> main.areaProperty().set(Area.REVIEW));
            return new MainView(main, support, this);
        }
        throw new IllegalArgumentException("No view registered for " + type.getName());
    }

    /**
     * Opens meetings in review mode from anywhere in this window, e.g. a search hit:
     * {@code reviewFocus().openReview(meetingId, pairOrItemUuid)}.
     */
    public org.huiwu.ui.review.ReviewFocus reviewFocus() {
        return reviewFocus;
    }

    private ArchiveSession session() {
        return context.openSession().orElseThrow(() -> new IllegalStateException("No archive is open"));
    }
}
