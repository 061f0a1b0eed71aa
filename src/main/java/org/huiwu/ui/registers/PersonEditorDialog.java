// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.scene.control.TextField;
import org.huiwu.domain.person.Person;
import org.huiwu.ui.common.ViewSupport;

/** The dialog that adds or changes a person: a thin shell over {@link PersonEditorViewModel}. */
final class PersonEditorDialog extends EditorDialog<Person> {

    PersonEditorDialog(PersonEditorViewModel viewModel, ViewSupport support) {
        super(viewModel, viewModel.title(), "person-editor", support);
        choiceRow("person.field.side", "person-side", viewModel.sides(), viewModel.sideProperty(),
                viewModel::sideText);
        TextField[] name = requiredPairRow("person.field.name", "person-name", viewModel.nameZhProperty(),
                viewModel.nameRuProperty(), viewModel.nameZhError(), viewModel.nameRuError());
        pairRow("person.field.rank", "person-rank", viewModel.rankZhProperty(), viewModel.rankRuProperty());
        pairRow("person.field.post", "person-post", viewModel.postZhProperty(), viewModel.postRuProperty());
        focusOnShow(name[0]);
    }
}
