// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.unlock;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;
import org.huiwu.ui.common.ViewSupport;

/** The unlock screen: thin view over {@link UnlockViewModel}. */
public final class UnlockView {

    private final UnlockViewModel viewModel;
    private final ViewSupport support;

    @FXML
    private Label archiveName;
    @FXML
    private Label description;
    @FXML
    private Label sampleBadge;
    @FXML
    private PasswordField passphrase;
    @FXML
    private Button unlockButton;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label error;
    @FXML
    private Label hint;

    public UnlockView(UnlockViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
    }

    @FXML
    private void initialize() {
        archiveName.setText(viewModel.archiveName());
        description.setText(viewModel.description());
        sampleBadge.setVisible(viewModel.isSample());
        sampleBadge.setManaged(viewModel.isSample());
        progress.visibleProperty().bind(viewModel.busyProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        hint.setText(viewModel.hint());
        hint.setVisible(!viewModel.hint().isEmpty());
        hint.setManaged(hint.isVisible());
        holdUntilAllowed();
        passphrase.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                passphrase.requestFocus();
            }
        });
    }

    @FXML
    private void unlock() {
        if (unlockButton.isDisabled()) {
            return;
        }
        // The field is emptied at once; the typed passphrase lives on only in the array the model wipes.
        char[] typed = passphrase.getText().toCharArray();
        passphrase.clear();
        viewModel.busyProperty().set(true);
        Task<Runnable> task = new Task<>() {
            @Override
            protected Runnable call() {
                return viewModel.unlock(typed);
            }
        };
        task.setOnSucceeded(event -> {
            viewModel.busyProperty().set(false);
            task.getValue().run();
            holdUntilAllowed();
            passphrase.requestFocus();
        });
        task.setOnFailed(event -> {
            viewModel.busyProperty().set(false);
            viewModel.errorProperty().set(support.messages().get("unlock.failed"));
        });
        Thread worker = new Thread(task, "huiwu-unlock");
        worker.setDaemon(true);
        worker.start();
    }

    /** After a wrong passphrase the button waits, visibly, for as long as the throttle says. */
    private void holdUntilAllowed() {
        java.time.Duration wait = viewModel.waitBeforeNextAttempt();
        if (wait.isZero()) {
            unlockButton.disableProperty().bind(viewModel.busyProperty());
            return;
        }
        unlockButton.disableProperty().unbind();
        unlockButton.setDisable(true);
        PauseTransition pause = new PauseTransition(Duration.millis(wait.toMillis()));
        pause.setOnFinished(event -> unlockButton.disableProperty().bind(viewModel.busyProperty()));
        pause.play();
    }
}
