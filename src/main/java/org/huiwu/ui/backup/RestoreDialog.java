// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.backup;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;

/**
 * Asks which backup to restore, its passphrase and the new folder (or, where an archive is open, whether to replace
 * it instead). Used by Settings and by the welcome screen, where a lost archive is restored.
 */
public final class RestoreDialog {

    /** What the user chose; the caller hands the passphrase on or wipes it. */
    public record Request(Path file, char[] passphrase, Path folder, boolean replace) {
    }

    private RestoreDialog() {
    }

    /**
     * The file chooser, then the dialog. {@code suggestedFolder} proposes a new folder for the chosen file;
     * {@code canReplace} offers replacing the open archive.
     */
    public static Optional<Request> ask(Window owner, Messages messages, UnaryOperator<Path> suggestedFolder,
                                        boolean canReplace) {
        FileChooser files = new FileChooser();
        files.setTitle(messages.get("backup.restore.file"));
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("backup.restore.fileType"),
                "*" + BackupViewModel.EXTENSION));
        File file = files.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("backup.restore"));
        dialog.setHeaderText(messages.get("backup.restore.hint"));
        dialog.getDialogPane().setId("dialog-restore");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        org.huiwu.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), messages);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("restore-passphrase");
        TextField target = new TextField(suggestedFolder.apply(file.toPath().toAbsolutePath()).toString());
        target.setId("restore-folder");
        target.setPrefColumnCount(40);
        CheckBox replace = new CheckBox(messages.get("backup.restore.replace"));
        replace.setId("restore-replace");
        target.disableProperty().bind(replace.selectedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("backup.restore.passphrase")), passphrase);
        grid.addRow(1, new Label(messages.get("backup.restore.folder")), target);
        if (canReplace) {
            grid.add(replace, 1, 2);
        }
        dialog.getDialogPane().setContent(grid);
        Themes.style(dialog.getDialogPane().getScene());
        boolean ok = dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
        char[] typed = passphrase.getText().toCharArray();
        passphrase.clear();
        if (!ok || (!replace.isSelected() && target.getText().isBlank())) {
            Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(new Request(file.toPath(), typed, Path.of(target.getText().strip()),
                replace.isSelected()));
    }
}
