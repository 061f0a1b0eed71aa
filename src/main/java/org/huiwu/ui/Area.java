// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.huiwu.ui.meetings.MeetingsView;
import org.huiwu.ui.registers.RegistersView;
import org.huiwu.ui.schedule.ScheduleView;
import org.huiwu.ui.settings.SettingsView;
import org.huiwu.ui.treaty.TreatyView;

/**
 * The areas of the main window, in navigation order, each reachable by Ctrl+1…Ctrl+9 (search also by Ctrl+F). An area
 * that needs a permission is not offered to a role without it.
 */
public enum Area {
    SCHEDULE(ScheduleView.class, "mdi2c-calendar-month", KeyCode.DIGIT1),
    MEETINGS(MeetingsView.class, "mdi2a-account-group", KeyCode.DIGIT2),
    RECORD(org.huiwu.ui.record.RecordView.class, "mdi2f-file-document-edit-outline", KeyCode.DIGIT3),
    REGISTERS(RegistersView.class, "mdi2m-map-marker-account", KeyCode.DIGIT4),
    TREATY(TreatyView.class, "mdi2s-script-text-outline", KeyCode.DIGIT5),
    SETTINGS(SettingsView.class, "mdi2c-cog-outline", KeyCode.DIGIT6),
    /** Past meetings read-only, timelines and private notes; last so the older shortcuts stay as they were. */
    REVIEW(org.huiwu.ui.review.ReviewView.class, "mdi2b-book-open-variant", KeyCode.DIGIT7),
    SEARCH(org.huiwu.ui.search.SearchView.class, "mdi2m-magnify", KeyCode.DIGIT8),
    /** Who did what and when, and the check of the trail; for the roles that may read it. */
    AUDIT(org.huiwu.ui.audit.AuditView.class, "mdi2h-history", KeyCode.DIGIT9,
            org.huiwu.domain.access.Permission.READ_AUDIT);

    private final Class<?> viewType;
    private final String icon;
    private final KeyCombination shortcut;
    /** What the user's role must allow for the area to be offered; READ for the areas everyone sees. */
    private final org.huiwu.domain.access.Permission needs;

    Area(Class<?> viewType, String icon, KeyCode key) {
        this(viewType, icon, key, org.huiwu.domain.access.Permission.READ);
    }

    Area(Class<?> viewType, String icon, KeyCode key, org.huiwu.domain.access.Permission needs) {
        this.viewType = viewType;
        this.icon = icon;
        this.shortcut = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
        this.needs = needs;
    }

    /** Whether the area is offered to this user at all (its button and its shortcut). */
    public boolean offeredTo(org.huiwu.domain.access.Actor user) {
        return user.may(needs);
    }

    public Class<?> viewType() {
        return viewType;
    }

    public String icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    public String titleKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
