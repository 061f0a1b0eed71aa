// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.huiwu.i18n.Language;
import org.huiwu.ui.backup.BackupViewModel;
import org.huiwu.ui.backup.RestoreDialog;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.ViewSupport;

/** UI language and theme, applied as soon as they are chosen, and the app's folders as copyable text. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML
    private ComboBox<Language> language;
    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioButton lightTheme;
    @FXML
    private RadioButton darkTheme;
    @FXML
    private Label error;
    @FXML
    private Spinner<Integer> idleLock;
    @FXML
    private TextField archiveFolder;
    @FXML
    private TextField sampleFolder;
    @FXML
    private TextField dataFolder;
    @FXML
    private TextField logFolder;
    @FXML
    private Label demoKeyResult;

    @FXML
    private TextField backupFolder;
    @FXML
    private Spinner<Integer> backupKeep;
    @FXML
    private javafx.scene.control.CheckBox backupDaily;
    @FXML
    private javafx.scene.control.CheckBox backupOnExit;
    @FXML
    private javafx.scene.control.Button backupNow;
    @FXML
    private javafx.scene.control.Button backupRestore;
    @FXML
    private javafx.scene.control.ProgressBar backupProgress;
    @FXML
    private Label backupStatus;
    @FXML
    private javafx.scene.control.Button backupCancel;

    @FXML
    private javafx.scene.layout.VBox usersCard;
    @FXML
    private javafx.scene.layout.VBox passphraseCard;

    private final ViewSupport support;
    private final BackupViewModel backups;
    private UsersViewModel users;
    private OwnPassphraseViewModel ownPassphrase;
    private final org.huiwu.ui.ArchiveSwitch archiveSwitch;

    /** {@code archiveSwitch} moves to a restored archive: opens it, or puts it in the open archive's place. */
    public SettingsView(SettingsViewModel viewModel, BackupViewModel backups,
                        org.huiwu.ui.ArchiveSwitch archiveSwitch, ViewSupport support) {
        this.viewModel = viewModel;
        this.backups = backups;
        this.archiveSwitch = archiveSwitch;
        this.support = support;
    }

    /**
     * With an archive open: the My passphrase card for everyone ({@code ownPassphrase}) and the Users card, when
     * the role may manage users ({@code users}, else null).
     */
    public SettingsView(SettingsViewModel viewModel, BackupViewModel backups,
                        org.huiwu.ui.ArchiveSwitch archiveSwitch, ViewSupport support, UsersViewModel users,
                        OwnPassphraseViewModel ownPassphrase) {
        this(viewModel, backups, archiveSwitch, support);
        this.users = users;
        this.ownPassphrase = ownPassphrase;
    }

    @FXML
    private void initialize() {
        language.setItems(viewModel.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return viewModel.displayName(value);
            }

            @Override
            public Language fromString(String text) {
                throw new UnsupportedOperationException("The language list is not editable");
            }
        });
        // Listeners read the model's value afresh (not the event's): the model may refuse a choice and revert.
        language.setValue(viewModel.languageProperty().get());
        language.valueProperty().addListener((obs, old, chosen) -> viewModel.languageProperty().set(chosen));
        viewModel.languageProperty().addListener(
                (obs, old, chosen) -> language.setValue(viewModel.languageProperty().get()));

        showTheme();
        viewModel.themeProperty().addListener((obs, old, theme) -> showTheme());
        themeGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.chooseDarkTheme(toggle == darkTheme);
            }
        });

        idleLock.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                viewModel.longestIdleLockMinutes(), viewModel.idleLockMinutesProperty().get(), 5));
        idleLock.setEditable(true);
        idleLock.getValueFactory().valueProperty().bindBidirectional(viewModel.idleLockMinutesProperty());

        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        archiveFolder.setText(viewModel.archiveFolder());
        sampleFolder.setText(viewModel.sampleFolder());
        dataFolder.setText(viewModel.dataFolder());
        logFolder.setText(viewModel.logFolder());
        demoKeyResult.textProperty().bind(viewModel.demoKeyProperty());
        demoKeyResult.visibleProperty().bind(viewModel.demoKeyProperty().isNotEmpty());
        demoKeyResult.managedProperty().bind(demoKeyResult.visibleProperty());
        bindBackups();
        passphraseCard.setVisible(ownPassphrase != null);
        passphraseCard.setManaged(ownPassphrase != null);
        if (ownPassphrase != null) {
            OwnPassphraseCard.fill(passphraseCard, ownPassphrase, support.messages());
        }
        boolean manage = users != null && users.refresh();
        usersCard.setVisible(manage);
        usersCard.setManaged(manage);
        if (manage) {
            UsersCard.fill(usersCard, users, support);
        }
    }

    private void bindBackups() {
        backupFolder.textProperty().bind(backups.folderProperty());
        backupKeep.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, backups.mostKept(),
                backups.keepProperty().get()));
        backupKeep.setEditable(true);
        backupKeep.getValueFactory().valueProperty().bindBidirectional(backups.keepProperty());
        backupDaily.selectedProperty().bindBidirectional(backups.dailyProperty());
        backupOnExit.selectedProperty().bindBidirectional(backups.onExitProperty());
        backupNow.disableProperty().bind(backups.busyProperty().or(
                new javafx.beans.property.SimpleBooleanProperty(!backups.canBackUp())));
        backupRestore.disableProperty().bind(backups.busyProperty());
        backupProgress.progressProperty().bind(backups.progressProperty());
        backupProgress.visibleProperty().bind(backups.busyProperty());
        backupProgress.managedProperty().bind(backupProgress.visibleProperty());
        backupStatus.textProperty().bind(backups.statusProperty());
        backupCancel.visibleProperty().bind(backups.busyProperty());
        backupCancel.managedProperty().bind(backupCancel.visibleProperty());
        backups.failedProperty().addListener((obs, was, failed) -> showFailure(failed));
        showFailure(backups.failedProperty().get());
        backups.restoredProperty().addListener((obs, old, folder) -> {
            if (folder != null && Dialogs.confirm(backupStatus.getScene().getWindow(), support.messages(),
                    support.messages().get("backup.openRestored"), folder.toString())) {
                archiveSwitch.open(folder);
            }
        });
        backups.readyToReplaceProperty().addListener((obs, old, restored) -> {
            if (restored != null) {
                archiveSwitch.replaceOpenWith(restored);
            }
        });
    }

    private void showFailure(boolean failed) {
        backupStatus.getStyleClass().remove("field-error");
        if (failed) {
            backupStatus.getStyleClass().add("field-error");
        }
    }

    @FXML
    private void chooseBackupFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(support.messages().get("backup.folder.choose"));
        java.io.File chosen = chooser.showDialog(backupFolder.getScene().getWindow());
        if (chosen != null) {
            backups.chooseFolder(chosen.toPath());
        }
    }

    @FXML
    private void backUpNow() {
        backups.backUpNow();
    }

    @FXML
    private void cancelBackup() {
        backups.cancel();
    }

    /** Asks for the backup file, its passphrase and the new folder; the open archive is never the target. */
    @FXML
    private void restoreBackup() {
        var messages = support.messages();
        javafx.stage.Window window = backupStatus.getScene().getWindow();
        var asked = RestoreDialog.ask(window, messages, file -> backups.suggestedRestoreFolder(file.getParent().resolve("huiwu-restored")),
                backups.canBackUp());
        if (asked.isEmpty()) {
            return;
        }
        RestoreDialog.Request request = asked.get();
        if (request.replace()) {
            // Replacing the open archive: only after a confirmation, and the model backs it up first.
            if (Dialogs.confirm(window, messages, messages.get("backup.replace.confirm"),
                    messages.get("backup.replace.confirmDetail"))) {
                backups.replaceOpenArchive(request.file(), request.passphrase());
            } else {
                java.util.Arrays.fill(request.passphrase(), '\0');
            }
            return;
        }
        if (backups.isOpenArchive(request.folder())) {
            java.util.Arrays.fill(request.passphrase(), '\0');
            Dialogs.error(window, messages, messages.get("backup.restore"),
                    messages.get("backup.error.targetExists", request.folder().toString()));
            return;
        }
        backups.restore(request.file(), request.passphrase(), request.folder());
    }

    /** Asks for the name and a password (twice) for a demo key pair; the password fields are cleared after. */
    @FXML
    private void createDemoKey() {
        var messages = support.messages();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(demoKeyResult.getScene().getWindow());
        dialog.setTitle(messages.get("settings.demoKey.create"));
        dialog.setHeaderText(messages.get("settings.demoKey.hint"));
        dialog.getDialogPane().setId("dialog-demo-key");
        dialog.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        org.huiwu.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), messages);
        TextField name = new TextField();
        name.setId("demo-key-name");
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("demo-key-password");
        javafx.scene.control.PasswordField repeated = new javafx.scene.control.PasswordField();
        repeated.setId("demo-key-repeat");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("settings.demoKey.name")), name);
        grid.addRow(1, new Label(messages.get("settings.demoKey.password")), password);
        grid.addRow(2, new Label(messages.get("settings.demoKey.repeat")), repeated);
        dialog.getDialogPane().setContent(grid);
        org.huiwu.ui.common.Themes.style(dialog.getDialogPane().getScene());
        boolean ok = dialog.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent();
        char[] typed = password.getText().toCharArray();
        char[] again = repeated.getText().toCharArray();
        password.clear();
        repeated.clear();
        if (ok) {
            viewModel.createDemoKey(name.getText(), typed, again);
        } else {
            java.util.Arrays.fill(typed, '\0');
            java.util.Arrays.fill(again, '\0');
        }
    }

    private void showTheme() {
        themeGroup.selectToggle(viewModel.isDarkTheme() ? darkTheme : lightTheme);
    }
}
