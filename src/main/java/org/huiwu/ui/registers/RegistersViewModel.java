// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;

/**
 * The "People and places" area: the two registers as tables, a filter over the people, and the editors that add
 * and change entries. After a save the register is read again and the saved entry selected.
 */
public final class RegistersViewModel {

    private final RegisterService registers;
    private final Messages messages;

    private final ObservableList<PersonRow> allPeople = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> people = new FilteredList<>(allPeople);
    private final StringProperty peopleFilter = new SimpleStringProperty(this, "peopleFilter", "");
    private final ObjectProperty<PersonRow> selectedPerson = new SimpleObjectProperty<>(this, "selectedPerson");
    private final StringBinding peoplePlaceholder;

    private final ObservableList<PlaceRow> places = FXCollections.observableArrayList();
    private final ObjectProperty<PlaceRow> selectedPlace = new SimpleObjectProperty<>(this, "selectedPlace");

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public RegistersViewModel(RegisterService registers, Messages messages) {
        this.registers = registers;
        this.messages = messages;
        people.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            List<String> terms = terms(peopleFilter.get());
            return terms.isEmpty() ? null : row -> row.matches(terms);
        }, peopleFilter));
        peoplePlaceholder = Bindings.createStringBinding(() -> messages.get(allPeople.isEmpty()
                ? "registers.people.empty" : "registers.people.noMatch"), allPeople);
    }

    /** Reads both registers from the archive, keeping the selected entries selected. */
    public void load() {
        try {
            UUID person = uuidOf(selectedPerson.get());
            UUID place = placeUuidOf(selectedPlace.get());
            allPeople.setAll(registers.people().stream().map(p -> PersonRow.of(p, messages)).toList());
            places.setAll(registers.places().stream().map(p -> PlaceRow.of(p, messages)).toList());
            selectedPerson.set(person == null ? null : findPerson(person).orElse(null));
            selectedPlace.set(place == null ? null : findPlace(place).orElse(null));
            problem.set("");
        } catch (ArchiveException e) {
            problem.set(messages.get(e.reason().messageKey(), e.detail()));
        }
    }

    // ---- people

    /** The people the filter lets through, in register order. */
    public ObservableList<PersonRow> people() {
        return people;
    }

    /** Words that must each occur, ignoring case, in some text of a row: side, either name, rank or post. */
    public StringProperty peopleFilterProperty() {
        return peopleFilter;
    }

    public ObjectProperty<PersonRow> selectedPersonProperty() {
        return selectedPerson;
    }

    public BooleanBinding personSelected() {
        return selectedPerson.isNotNull();
    }

    /** What the empty people table says: nobody registered yet, or nobody matches the filter. */
    public StringBinding peoplePlaceholder() {
        return peoplePlaceholder;
    }

    /** An empty person form; the side is that of the selected person, as delegations are entered together. */
    public PersonEditorViewModel addPerson() {
        Side side = Optional.ofNullable(selectedPerson.get()).map(row -> row.person().side()).orElse(Side.CHINA);
        return PersonEditorViewModel.forNew(side, storePerson(), messages);
    }

    /** The form for the selected person, if one is selected. */
    public Optional<PersonEditorViewModel> editSelectedPerson() {
        return Optional.ofNullable(selectedPerson.get())
                .map(row -> PersonEditorViewModel.forEdit(row.person(), storePerson(), messages));
    }

    // ---- places

    public ObservableList<PlaceRow> places() {
        return places;
    }

    public ObjectProperty<PlaceRow> selectedPlaceProperty() {
        return selectedPlace;
    }

    public BooleanBinding placeSelected() {
        return selectedPlace.isNotNull();
    }

    public String placesPlaceholder() {
        return messages.get("registers.places.empty");
    }

    /** An empty place form, of the selected place's kind and side (a meeting station in China by default). */
    public PlaceEditorViewModel addPlace() {
        Optional<Place> selected = Optional.ofNullable(selectedPlace.get()).map(PlaceRow::place);
        return PlaceEditorViewModel.forNew(selected.map(Place::kind).orElse(PlaceKind.MEETING_STATION),
                selected.map(Place::side).orElse(Side.CHINA), usedZones(), storePlace(), messages);
    }

    public Optional<PlaceEditorViewModel> editSelectedPlace() {
        return Optional.ofNullable(selectedPlace.get())
                .map(row -> PlaceEditorViewModel.forEdit(row.place(), usedZones(), storePlace(), messages));
    }

    // ---- the area

    /** Why the registers could not be read, in the user's language; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private Function<Person, Person> storePerson() {
        return person -> {
            Person saved = registers.save(person);
            load();
            Optional<PersonRow> row = findPerson(saved.uuid());
            if (row.isPresent() && !people.contains(row.get())) {
                peopleFilter.set(""); // the saved person must be seen, not hidden by an old filter
            }
            selectedPerson.set(row.orElse(null));
            return saved;
        };
    }

    private Function<Place, Place> storePlace() {
        return place -> {
            Place saved = registers.save(place);
            load();
            selectedPlace.set(findPlace(saved.uuid()).orElse(null));
            return saved;
        };
    }

    private List<ZoneId> usedZones() {
        return places.stream().map(row -> row.place().zone()).distinct().toList();
    }

    private Optional<PersonRow> findPerson(UUID uuid) {
        return allPeople.stream().filter(row -> row.person().uuid().equals(uuid)).findFirst();
    }

    private Optional<PlaceRow> findPlace(UUID uuid) {
        return places.stream().filter(row -> row.place().uuid().equals(uuid)).findFirst();
    }

    private static UUID uuidOf(PersonRow row) {
        return row == null ? null : row.person().uuid();
    }

    private static UUID placeUuidOf(PlaceRow row) {
        return row == null ? null : row.place().uuid();
    }

    private static List<String> terms(String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(filter.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
