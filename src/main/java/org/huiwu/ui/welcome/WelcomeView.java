// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.welcome;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Language;
import org.huiwu.ui.ArchiveSwitch;
import org.huiwu.ui.backup.BackupViewModel;
import org.huiwu.ui.backup.RestoreDialog;
import org.huiwu.ui.common.ViewSupport;

/** The welcome screen: thin view over {@link WelcomeViewModel}. */
public final class WelcomeView {

    private final WelcomeViewModel viewModel;
    private final ViewSupport support;

    @FXML
    private ComboBox<Language> language;
    @FXML
    private TextField archiveName;
    @FXML
    private TextField userName;
    @FXML
    private PasswordField passphrase;
    @FXML
    private PasswordField passphraseRepeated;
    @FXML
    private Label samplePassphrase;
    @FXML
    private RadioButton sideChina;
    @FXML
    private RadioButton sideKyrgyzstan;
    @FXML
    private Label archiveFolder;
    @FXML
    private Button createButton;
    @FXML
    private Button sampleButton;
    @FXML
    private Label sampleFolder;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label error;

    @FXML
    private Button restoreButton;
    @FXML
    private javafx.scene.control.ProgressBar restoreProgress;
    @FXML
    private Label restoreStatus;
    @FXML
    private Button restoreCancel;

    private final BackupViewModel backups;
    private final ArchiveSwitch archiveSwitch;

    /** {@code archiveSwitch} shows the unlock screen of a restored archive. */
    public WelcomeView(WelcomeViewModel viewModel, BackupViewModel backups, ArchiveSwitch archiveSwitch,
                       ViewSupport support) {
        this.viewModel = viewModel;
        this.backups = backups;
        this.archiveSwitch = archiveSwitch;
        this.support = support;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : value.nativeName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.setValue(viewModel.languageProperty().get());
        // Deferred: changing the language rebuilds this very screen.
        language.valueProperty().addListener((obs, old, chosen) ->
                Platform.runLater(() -> viewModel.languageProperty().set(chosen)));
        archiveName.textProperty().bindBidirectional(viewModel.archiveNameProperty());
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        ToggleGroup sides = new ToggleGroup();
        sideChina.setToggleGroup(sides);
        sideKyrgyzstan.setToggleGroup(sides);
        sideChina.setText(support.messages().of(Side.CHINA));
        sideKyrgyzstan.setText(support.messages().of(Side.KYRGYZSTAN));
        sides.selectedToggleProperty().addListener((obs, old, now) -> viewModel.homeSideProperty().set(
                now == sideChina ? Side.CHINA : now == sideKyrgyzstan ? Side.KYRGYZSTAN : null));
        archiveFolder.setText(viewModel.archiveFolderText());
        sampleFolder.setText(viewModel.sampleFolderText());
        samplePassphrase.setText(viewModel.samplePassphraseText());
        createButton.disableProperty().bind(viewModel.canCreate().not());
        sampleButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        restoreButton.disableProperty().bind(backups.busyProperty().or(viewModel.busyProperty()));
        restoreProgress.progressProperty().bind(backups.progressProperty());
        restoreProgress.visibleProperty().bind(backups.busyProperty());
        restoreProgress.managedProperty().bind(restoreProgress.visibleProperty());
        restoreStatus.textProperty().bind(backups.statusProperty());
        restoreCancel.visibleProperty().bind(backups.busyProperty());
        restoreCancel.managedProperty().bind(restoreCancel.visibleProperty());
        // Only what a restore started here reports, not the Settings hint about a backup folder.
        restoreStatus.visibleProperty().bind(backups.busyProperty().or(backups.failedProperty()));
        restoreStatus.getStyleClass().add("field-error");
        backups.restoredProperty().addListener((obs, old, folder) -> {
            if (folder != null) {
                archiveSwitch.open(folder);
            }
        });
    }

    @FXML
    private void cancelRestore() {
        backups.cancel();
    }

    /** A backup becomes the archive: into the archive folder when it is free, else a new folder beside it. */
    @FXML
    private void restore() {
        RestoreDialog.ask(restoreButton.getScene().getWindow(), support.messages(),
                        file -> backups.suggestedRestoreFolder(viewModel.archiveFolder()), false)
                .ifPresent(request -> backups.restore(request.file(), request.passphrase(), request.folder()));
    }

    @FXML
    private void create() {
        // The fields are emptied at once: the passphrase lives on only in the arrays the model wipes.
        char[] typed = passphrase.getText().toCharArray();
        char[] repeated = passphraseRepeated.getText().toCharArray();
        passphrase.clear();
        passphraseRepeated.clear();
        viewModel.createArchive(typed, repeated);
    }

    @FXML
    private void openSample() {
        viewModel.busyProperty().set(true);
        // Creating the sample writes a few hundred records: keep the window responsive meanwhile.
        Task<Runnable> task = new Task<>() {
            @Override
            protected Runnable call() {
                return viewModel.loadSample();
            }
        };
        task.setOnSucceeded(event -> {
            viewModel.busyProperty().set(false);
            task.getValue().run();
        });
        task.setOnFailed(event -> {
            viewModel.busyProperty().set(false);
            viewModel.failed(task.getException());
        });
        Thread worker = new Thread(task, "huiwu-sample");
        worker.setDaemon(true);
        worker.start();
    }
}
