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

    public SettingsView(SettingsViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
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
    }

    private void showTheme() {
        themeGroup.selectToggle(viewModel.isDarkTheme() ? darkTheme : lightTheme);
    }
}
