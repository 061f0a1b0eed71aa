// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Art. 4 tab: information items received and the consents to disclosure, one table each. Adding and editing
 * are shown only to a role that keeps the registers; everyone else reads.
 */
final class Art4Pane extends VBox {

    private final Art4ViewModel viewModel;
    private final ViewSupport support;
    private final TableView<InformationItemRow> items = new TableView<>();
    private final TableView<ConsentRow> consents = new TableView<>();

    Art4Pane(Art4ViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        Messages messages = support.messages();
        setSpacing(8);
        getStyleClass().add("register-page");
        setId("art4");

        Label note = new Label(messages.get("art4.tab.note"));
        note.setWrapText(true);
        // Else the box gives the note one line and cuts the rest of Art. 4's rule off with an ellipsis.
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button addItem = button("art4-item-add", messages.get("art4.item.add"), "mdi2p-plus");
        Button editItem = button("art4-item-edit", messages.get("registers.edit"), "mdi2p-pencil");
        editItem.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        addItem.setOnAction(event -> edit(viewModel.addItem()));
        editItem.setOnAction(event -> viewModel.editSelectedItem().ifPresent(this::edit));
        Button addConsent = button("art4-consent-add", messages.get("art4.consent.add"), "mdi2f-file-sign");
        addConsent.setOnAction(event -> new ConsentDialog(viewModel.addConsent(), support).showAndWait());
        Button editConsent = button("art4-consent-edit", messages.get("registers.edit"), "mdi2p-pencil");
        editConsent.disableProperty().bind(viewModel.selectedConsentProperty().isNull());
        editConsent.setOnAction(event -> viewModel.editSelectedConsent()
                .ifPresent(editor -> new ConsentDialog(editor, support).showAndWait()));

        items.setId("art4-items");
        items.getColumns().add(column(messages.get("art4.column.category"), InformationItemRow::category, 220));
        items.getColumns().add(column(messages.get("registers.column.side"), InformationItemRow::side, 110));
        items.getColumns().add(column(messages.get("art4.column.date"), InformationItemRow::date, 100));
        items.getColumns().add(column(messages.get("art4.column.channel"), InformationItemRow::channel, 120));
        items.getColumns().add(column(messages.get("art4.column.zh"), InformationItemRow::zh, 240));
        items.getColumns().add(column(messages.get("art4.column.ru"), InformationItemRow::ru, 260));
        items.getColumns().add(column(messages.get("art4.column.links"), InformationItemRow::links, 160));
        items.setItems(viewModel.items());
        items.setPlaceholder(new Label(messages.get("art4.items.none")));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        items.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedItemProperty().set(now));

        consents.setId("art4-consents");
        consents.getColumns().add(column(messages.get("registers.column.side"), ConsentRow::side, 110));
        consents.getColumns().add(column(messages.get("art4.column.date"), ConsentRow::date, 100));
        consents.getColumns().add(column(messages.get("art4.column.reference"), ConsentRow::reference, 140));
        consents.getColumns().add(column(messages.get("art4.column.thirdParty"), ConsentRow::thirdParty, 160));
        consents.getColumns().add(column(messages.get("art4.column.scope"), ConsentRow::scope, 360));
        consents.getColumns().add(column(messages.get("art4.column.validUntil"), ConsentRow::validUntil, 110));
        consents.setItems(viewModel.consents());
        consents.setPlaceholder(new Label(messages.get("art4.consents.none")));
        consents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        consents.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedConsentProperty().set(now));

        HBox itemBar = toolbar(messages.get("art4.items.title"), addItem, editItem);
        HBox consentBar = toolbar(messages.get("art4.consents.title"), addConsent, editConsent);
        if (!viewModel.mayKeep()) {
            // Reading is for everyone; the controls of a role that may not keep the registers are not offered.
            for (Button button : new Button[] {addItem, editItem, addConsent, editConsent}) {
                button.setVisible(false);
                button.setManaged(false);
            }
        }
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox.setVgrow(consents, Priority.ALWAYS);
        getChildren().addAll(note, itemBar, items, consentBar, consents);
        viewModel.load();
    }

    private void edit(InformationItemEditorViewModel editor) {
        new InformationItemDialog(editor, support).showAndWait();
        items.requestFocus();
    }

    private static HBox toolbar(String title, Button... buttons) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap);
        bar.getChildren().addAll(buttons);
        bar.getStyleClass().add("register-toolbar");
        return bar;
    }

    private static Button button(String id, String text, String icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue()))
                .getReadOnlyProperty());
        return column;
    }
}
