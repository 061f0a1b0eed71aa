// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The minutes editor's keyboard map: one list, so the keys that work and the sheet F1 shows cannot drift apart.
 * Shortcut is Ctrl (Cmd on macOS).
 */
public enum MinutesShortcut {
    NEXT_CLAUSE("minutes.key.nextClause", combo(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN)),
    PREVIOUS_CLAUSE("minutes.key.previousClause", combo(KeyCode.UP, KeyCombination.SHORTCUT_DOWN)),
    OTHER_LANGUAGE("minutes.key.otherLanguage", combo(KeyCode.TAB), combo(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
    SPLIT("minutes.key.split", combo(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN)),
    MERGE("minutes.key.merge", combo(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    NEW_CLAUSE("minutes.key.newClause", combo(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    DELETE_CLAUSE("minutes.key.deleteClause", combo(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    MOVE_UP("minutes.key.moveUp", combo(KeyCode.UP, KeyCombination.ALT_DOWN)),
    MOVE_DOWN("minutes.key.moveDown", combo(KeyCode.DOWN, KeyCombination.ALT_DOWN)),
    AGREE("minutes.key.agree", combo(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    UNDO("minutes.key.undo", combo(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
    REDO("minutes.key.redo", combo(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), combo(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN)),
    SAVE("minutes.key.save", combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    HELP("minutes.key.help", combo(KeyCode.F1));

    private final String messageKey;
    private final List<KeyCombination> keys;

    MinutesShortcut(String messageKey, KeyCombination... keys) {
        this.messageKey = messageKey;
        this.keys = List.of(keys);
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(key -> key.match(event));
    }

    /** The keys as the platform writes them, e.g. "Ctrl+Enter", for tooltips and the F1 sheet. */
    public String displayText() {
        return String.join("  /  ", keys.stream().map(KeyCombination::getDisplayText).toList());
    }

    /** The key of the text saying what it does. */
    public String messageKey() {
        return messageKey;
    }

    public static MinutesShortcut of(KeyEvent event) {
        for (MinutesShortcut shortcut : values()) {
            if (shortcut.matches(event)) {
                return shortcut;
            }
        }
        return null;
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
