// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Permission;

import static java.util.Map.entry;

/**
 * Shows only what the user's role may do: the controls of actions the role lacks (found by their ids, wherever the
 * areas build them) are hidden. The services refuse those actions anyway; this keeps the user from being offered
 * them. Hidden for good, bindings included: the role does not change while the window is open.
 */
public final class RoleControls {

    /** The ids of controls and what their action needs. */
    static final Map<String, Permission> GUARDED = Map.ofEntries(
            entry("minutes-add", Permission.DRAFT),
            entry("minutes-first-clause", Permission.DRAFT),
            entry("minutes-split", Permission.DRAFT),
            entry("minutes-merge", Permission.DRAFT),
            entry("minutes-delete", Permission.DRAFT),
            entry("minutes-move-up", Permission.DRAFT),
            entry("minutes-move-down", Permission.DRAFT),
            entry("minutes-save", Permission.DRAFT),
            entry("record-import", Permission.DRAFT),
            entry("minutes-agree", Permission.AGREE),
            entry("minutes-finalize", Permission.FINALIZE),
            entry("minutes-reopen", Permission.FINALIZE),
            entry("protocol-save", Permission.PRINT_EXPORT),
            entry("protocol-print", Permission.PRINT_EXPORT),
            entry("protocol-print-choice", Permission.PRINT_EXPORT),
            entry("protocol-sign", Permission.SIGN),
            entry("protocol-sign-received", Permission.SIGN),
            entry("review-note-text", Permission.WRITE_NOTES),
            entry("review-note-add", Permission.WRITE_NOTES),
            entry("review-note-meeting", Permission.WRITE_NOTES),
            entry("review-note-remove", Permission.WRITE_NOTES),
            entry("settings-backup-now", Permission.MANAGE_BACKUPS),
            entry("settings-backup-restore", Permission.MANAGE_BACKUPS),
            entry("settings-users", Permission.MANAGE_USERS));

    /**
     * Whole panes that stay readable but cannot be typed into: minutes the role may not change would otherwise be
     * edited and then refused at every autosave.
     */
    static final Map<String, Permission> READ_ONLY = Map.of("minutes-pane", Permission.DRAFT);

    private RoleControls() {
    }

    /** Hides what the actor may not use under {@code root}; returns how many controls it hid now. */
    public static int apply(Node root, Actor actor) {
        int hidden = 0;
        String id = root.getId();
        if (id != null) {
            Permission needs = GUARDED.get(id);
            if (needs != null && !actor.may(needs) && (root.isVisible() || root.isManaged())) {
                root.visibleProperty().unbind();
                root.managedProperty().unbind();
                root.setVisible(false);
                root.setManaged(false);
                hidden++;
            }
        }
        Permission toType = id == null ? null : READ_ONLY.get(id);
        if (toType != null && !actor.may(toType) && !root.isDisabled()) {
            root.disableProperty().unbind();
            root.setDisable(true);
            hidden++;
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                hidden += apply(child, actor);
            }
        }
        if (root instanceof javafx.scene.control.ToolBar bar) {
            for (Node item : bar.getItems()) {
                hidden += apply(item, actor);
            }
        }
        return hidden;
    }

    /**
     * Keeps applying the actor's role to the scene after every layout (areas build controls when a meeting opens);
     * the returned runnable stops it.
     */
    public static Runnable follow(Scene scene, Actor actor) {
        Runnable pass = () -> apply(scene.getRoot(), actor);
        scene.addPostLayoutPulseListener(pass);
        return () -> scene.removePostLayoutPulseListener(pass);
    }
}
