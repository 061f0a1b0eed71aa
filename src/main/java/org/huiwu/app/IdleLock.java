// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Runs the lock action when the window has had no keyboard or mouse input for the configured minutes. */
final class IdleLock {

    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = event -> restart();
    private final Duration unit;
    private int minutes;

    /** @param unit one "minute" of the setting: a real minute, shorter in tests */
    IdleLock(Scene scene, Runnable lock, Duration unit) {
        this.unit = unit;
        timer.setOnFinished(event -> lock.run());
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    /** 0 switches the lock off. */
    void setMinutes(int newMinutes) {
        minutes = newMinutes;
        restart();
    }

    private void restart() {
        timer.stop();
        if (minutes > 0) {
            timer.setDuration(unit.multiply(minutes));
            timer.playFromStart();
        }
    }
}
