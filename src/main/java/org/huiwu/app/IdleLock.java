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
    private int minutes;

    IdleLock(Scene scene, Runnable lock) {
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
            timer.setDuration(Duration.minutes(minutes));
            timer.playFromStart();
        }
    }
}
