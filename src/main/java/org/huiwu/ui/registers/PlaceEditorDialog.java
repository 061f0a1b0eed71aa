// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.scene.control.TextField;
import org.huiwu.domain.place.Place;
import org.huiwu.ui.common.ViewSupport;

/** The dialog that adds or changes a place: a thin shell over {@link PlaceEditorViewModel}. */
final class PlaceEditorDialog extends EditorDialog<Place> {

    PlaceEditorDialog(PlaceEditorViewModel viewModel, ViewSupport support) {
        super(viewModel, viewModel.title(), "place-editor", support);
        choiceRow("place.field.kind", "place-kind", viewModel.kinds(), viewModel.kindProperty(),
                viewModel::kindText);
        choiceRow("place.field.side", "place-side", viewModel.sides(), viewModel.sideProperty(),
                viewModel::sideText);
        TextField[] name = requiredPairRow("place.field.name", "place-name", viewModel.nameZhProperty(),
                viewModel.nameRuProperty(), viewModel.nameZhError(), viewModel.nameRuError());
        choiceRow("place.field.zone", "place-zone", viewModel.zones(), viewModel.zoneProperty(),
                viewModel::zoneText);
        focusOnShow(name[0]);
    }
}
