// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.i18n.Messages;

/** The main window's state: which archive is open, which area is shown. */
public final class MainViewModel {

    private final ArchiveInfo archive;
    private final Messages messages;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.SCHEDULE);
    private Runnable lock = () -> { };
    private final java.util.List<java.util.function.BooleanSupplier> leaveHooks = new java.util.ArrayList<>();

    private final org.huiwu.domain.access.Actor user;

    public MainViewModel(ArchiveInfo archive, Messages messages) {
        this(archive, new org.huiwu.domain.access.Actor("", org.huiwu.domain.access.Role.REPRESENTATIVE), messages);
    }

    public MainViewModel(ArchiveInfo archive, org.huiwu.domain.access.Actor user, Messages messages) {
        this.archive = archive;
        this.user = user;
        this.messages = messages;
    }

    /** Who is working: the controls their role lacks are hidden. */
    public org.huiwu.domain.access.Actor user() {
        return user;
    }

    /** Who is working, and their role: "王立新 (Representative)". */
    public String userDescription() {
        return messages.get("main.user", user.userName(), messages.of(user.role()));
    }

    /** "Huiwu — name", with SAMPLE for the sample archive so it is never mistaken for real records. */
    public String windowTitle() {
        String title = messages.get("app.name") + " — " + archive.name();
        return archive.sample() ? title + " — " + messages.get("archive.sampleBadge") : title;
    }

    public String archiveDescription() {
        return messages.get("archive.status", archive.name(), messages.of(archive.homeSide()));
    }

    public boolean isSample() {
        return archive.sample();
    }

    /** What "Lock now" does: the app closes the archive and asks for the passphrase. */
    public void onLock(Runnable action) {
        this.lock = action;
    }

    public void lock() {
        lock.run();
    }

    /** Work an area keeps unsaved for a moment (the minutes editor) is saved when the window is left. */
    public void addLeaveHook(java.util.function.BooleanSupplier saveNow) {
        leaveHooks.add(saveNow);
    }

    /**
     * Called before the archive closes (quit, lock, another archive, a rebuilt window): saves what the areas hold.
     * Returns false when something could not be saved.
     */
    public boolean leave() {
        boolean all = true;
        for (java.util.function.BooleanSupplier hook : leaveHooks) {
            all &= hook.getAsBoolean();
        }
        return all;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }
}
