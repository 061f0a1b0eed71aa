// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.util.EnumMap;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shell: navigation between the areas on the left, the area in the middle, the archive below. */
public final class MainView {

    private final MainViewModel viewModel;
    private final ViewSupport support;
    private final ViewLoader loader;
    private final Map<Area, Parent> loaded = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);

    @FXML
    private BorderPane root;
    @FXML
    private VBox navBar;
    @FXML
    private StackPane content;
    @FXML
    private Label archiveLabel;
    @FXML
    private Label sampleBadge;
    @FXML
    private Label userLabel;
    private Runnable stopRoleControls = () -> { };
    @FXML
    private javafx.scene.control.Button lockButton;

    private static final javafx.scene.input.KeyCombination LOCK = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** The search field, reachable from every area. */
    private static final javafx.scene.input.KeyCombination FIND = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public MainView(MainViewModel viewModel, ViewSupport support, Callback<Class<?>, Object> views) {
        this.viewModel = viewModel;
        this.support = support;
        this.loader = new ViewLoader(support.messages(), views);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            if (!area.offeredTo(viewModel.user())) {
                continue;
            }
            ToggleButton button = new ToggleButton(support.messages().get(area.titleKey()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setGraphic(new FontIcon(area.icon()));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(support.messages().get(area.titleKey()) + "  ("
                    + area.shortcut().getDisplayText() + ")"));
            button.setOnAction(event -> viewModel.areaProperty().set(area));
            buttons.put(area, button);
            navBar.getChildren().add(button);
        }
        // A toggle group lets the user un-press the current button; keep one area always shown.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        archiveLabel.setText(viewModel.archiveDescription());
        userLabel.setText(viewModel.userDescription());
        userLabel.setGraphic(new FontIcon("mdi2a-account-outline"));
        lockButton.setGraphic(new FontIcon("mdi2l-lock-outline"));
        lockButton.setTooltip(new Tooltip(support.messages().get("main.lock.tooltip", LOCK.getDisplayText())));
        lockButton.setOnAction(event -> viewModel.lock());
        sampleBadge.setVisible(viewModel.isSample());
        sampleBadge.setManaged(viewModel.isSample());
        viewModel.areaProperty().addListener((obs, old, area) -> show(area));
        show(viewModel.areaProperty().get());
        root.sceneProperty().addListener((obs, old, scene) -> {
            // Only what the role may do is shown, in every area, as long as this window is in the scene.
            stopRoleControls.run();
            stopRoleControls = () -> { };
            if (scene != null) {
                stopRoleControls = org.huiwu.ui.common.RoleControls.follow(scene, viewModel.user());
                for (Area area : Area.values()) {
                    if (area.offeredTo(viewModel.user())) {
                        scene.getAccelerators().put(area.shortcut(), () -> viewModel.areaProperty().set(area));
                    }
                }
                scene.getAccelerators().put(LOCK, viewModel::lock);
                scene.getAccelerators().put(FIND, this::find);
            }
        });
    }

    private void find() {
        viewModel.areaProperty().set(Area.SEARCH);
        javafx.scene.Node field = loaded.get(Area.SEARCH).lookup("#search-field");
        if (field != null) {
            field.requestFocus();
        }
    }

    private void show(Area area) {
        if (!area.offeredTo(viewModel.user())) {
            return;
        }
        Parent view = loaded.computeIfAbsent(area, a -> loader.load(a.viewType()).root());
        content.getChildren().setAll(view);
        buttons.get(area).setSelected(true);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public String windowTitle() {
        return viewModel.windowTitle();
    }
}
