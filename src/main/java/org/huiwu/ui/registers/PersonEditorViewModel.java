// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.person.Person;
import org.huiwu.i18n.Messages;

/** The form of the person dialog: side, the name in both scripts, rank and post in both languages. */
public final class PersonEditorViewModel extends NamedRecordEditorViewModel<Person> {

    private final Person original;
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
    private final StringProperty rankZh = new SimpleStringProperty(this, "rankZh", "");
    private final StringProperty rankRu = new SimpleStringProperty(this, "rankRu", "");
    private final StringProperty postZh = new SimpleStringProperty(this, "postZh", "");
    private final StringProperty postRu = new SimpleStringProperty(this, "postRu", "");

    private PersonEditorViewModel(Person original, Side side, Bilingual name, Bilingual rank, Bilingual post,
            Function<Person, Person> store, Messages messages) {
        super("person", name, original != null, store, messages);
        this.original = original;
        this.side.set(side);
        rankZh.set(rank.zh());
        rankRu.set(rank.ru());
        postZh.set(post.zh());
        postRu.set(post.ru());
    }

    /** An empty form for a new member of the given side. */
    public static PersonEditorViewModel forNew(Side side, Function<Person, Person> store, Messages messages) {
        return new PersonEditorViewModel(null, side, Bilingual.EMPTY, Bilingual.EMPTY, Bilingual.EMPTY, store,
                messages);
    }

    /** The form filled from a person in the register; saving keeps the person's identity. */
    public static PersonEditorViewModel forEdit(Person person, Function<Person, Person> store, Messages messages) {
        return new PersonEditorViewModel(person, person.side(), person.name(), person.rank(), person.post(), store,
                messages);
    }

    public String title() {
        return messages.get(isEditing() ? "person.dialog.editTitle" : "person.dialog.addTitle");
    }

    public List<Side> sides() {
        return List.of(Side.values());
    }

    public String sideText(Side value) {
        return value == null ? "" : messages.of(value);
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public StringProperty rankZhProperty() {
        return rankZh;
    }

    public StringProperty rankRuProperty() {
        return rankRu;
    }

    public StringProperty postZhProperty() {
        return postZh;
    }

    public StringProperty postRuProperty() {
        return postRu;
    }

    @Override
    protected Person build() {
        Bilingual rank = Bilingual.of(rankZh.get(), rankRu.get());
        Bilingual post = Bilingual.of(postZh.get(), postRu.get());
        return original == null
                ? Person.create(side.get(), name(), rank, post)
                : new Person(original.id(), original.uuid(), side.get(), name(), rank, post);
    }

    @Override
    protected boolean otherFieldsFilled() {
        return side.get() != null;
    }

    @Override
    protected Observable[] otherFields() {
        return new Observable[] {side};
    }
}
