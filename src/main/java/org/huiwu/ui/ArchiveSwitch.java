// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;

/** What the app does when the user moves to another archive folder; the open archive is closed first. */
public interface ArchiveSwitch {

    /** Shows the unlock screen of the archive in {@code folder}. */
    void open(Path folder);

    /**
     * Puts the restored archive in {@code restored} in the place of the open one (which was backed up before), keeps
     * the old folder aside and shows the unlock screen.
     */
    void replaceOpenWith(Path restored);
}
