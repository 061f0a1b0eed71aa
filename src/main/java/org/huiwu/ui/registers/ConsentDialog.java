// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.i18n.Art4Texts;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/** Registers the providing side's written consent; scope by category and by the side's items. */
final class ConsentDialog extends EditorDialog<Consent> {

    ConsentDialog(ConsentEditorViewModel model, ViewSupport support) {
        super(model, model.title(), "dialog-art4-consent", support);
        Messages messages = support.messages();

        ComboBox<Side> side = Art4Fields.choice(messages, Side.class, "art4-consent-side");
        side.valueProperty().bindBidirectional(model.sideProperty());
        DatePicker given = new DatePicker();
        given.setId("art4-consent-date");
        given.valueProperty().bindBidirectional(model.givenOnProperty());
        TextField reference = new TextField();
        reference.setId("art4-consent-reference");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        TextField party = new TextField();
        party.setId("art4-consent-third-party");
        party.textProperty().bindBidirectional(model.thirdPartyProperty());
        DatePicker until = new DatePicker();
        until.setId("art4-consent-valid-until");
        until.valueProperty().bindBidirectional(model.validUntilProperty());
        VBox categories = new VBox(4);
        for (InformationCategory category : InformationCategory.values()) {
            CheckBox tick = new CheckBox(messages.of(category));
            tick.setId("art4-consent-category-" + category.item());
            tick.setSelected(model.categories().contains(category));
            tick.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.categories().add(category);
                } else {
                    model.categories().remove(category);
                }
            });
            categories.getChildren().add(tick);
        }
        VBox items = new VBox(4);
        Runnable fillItems = () -> {
            items.getChildren().clear();
            // Items of another side cannot be in this side's consent.
            model.items().retainAll(model.itemsOfSide().stream().map(InformationItem::uuid).toList());
            for (InformationItem item : model.itemsOfSide()) {
                CheckBox tick = new CheckBox(Art4Texts.item(messages, item));
                tick.setSelected(model.items().contains(item.uuid()));
                tick.selectedProperty().addListener((obs, old, now) -> {
                    if (now) {
                        model.items().add(item.uuid());
                    } else {
                        model.items().remove(item.uuid());
                    }
                });
                items.getChildren().add(tick);
            }
        };
        fillItems.run();
        model.sideProperty().addListener((obs, old, now) -> fillItems.run());

        GridPane grid = Art4Fields.grid();
        Art4Fields.row(grid, 0, messages.get("registers.column.side"), side);
        Art4Fields.row(grid, 1, messages.get("art4.column.date"), given);
        Art4Fields.row(grid, 2, messages.get("art4.column.reference"), reference);
        Art4Fields.row(grid, 3, messages.get("art4.column.thirdParty"), party);
        Art4Fields.row(grid, 4, messages.get("art4.column.validUntil"), until);
        Art4Fields.row(grid, 5, messages.get("art4.editor.categories"), categories);
        Art4Fields.row(grid, 6, messages.get("art4.editor.items"), items);
        setForm(Art4Fields.scrolling(grid));
    }
}
