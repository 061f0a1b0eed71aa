// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huiwu.domain.person.Person;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceRepository;

/**
 * Both registers in memory, for tests of the register service and of the views over it. Keeps the store's
 * order (people by side then Chinese name, places by kind then Chinese name) and can be told to fail.
 */
public final class InMemoryRegisters {

    private final Places places = new Places();
    private final People people = new People();
    private RuntimeException nextFailure;
    private RuntimeException nextReadFailure;

    public RegisterService service() {
        return new RegisterService(places, people);
    }

    public Places places() {
        return places;
    }

    public People people() {
        return people;
    }

    /** The next save to either repository throws this instead of writing. */
    public void failNextSaveWith(RuntimeException failure) {
        nextFailure = failure;
    }

    /** The next read of either register throws this. */
    public void failNextReadWith(RuntimeException failure) {
        nextReadFailure = failure;
    }

    private void failIfTold() {
        RuntimeException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    private void failReadIfTold() {
        RuntimeException failure = nextReadFailure;
        nextReadFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    public final class Places implements PlaceRepository {

        private final Map<Long, Place> rows = new LinkedHashMap<>();
        private long lastId;
        private int saves;

        @Override
        public List<Place> findAll() {
            failReadIfTold();
            List<Place> all = new ArrayList<>(rows.values());
            all.sort(Comparator.comparing(Place::kind).thenComparing(place -> place.name().zh()));
            return all;
        }

        @Override
        public Optional<Place> findById(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Place save(Place place) {
            failIfTold();
            saves++;
            Place stored = place.id() == null ? place.withId(++lastId) : place;
            rows.put(stored.id(), stored);
            return stored;
        }

        public int saves() {
            return saves;
        }
    }

    public final class People implements PersonRepository {

        private final Map<Long, Person> rows = new LinkedHashMap<>();
        private long lastId;
        private int saves;

        @Override
        public List<Person> findAll() {
            failReadIfTold();
            List<Person> all = new ArrayList<>(rows.values());
            all.sort(Comparator.comparing(Person::side).thenComparing(person -> person.name().zh()));
            return all;
        }

        @Override
        public Optional<Person> findById(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Person save(Person person) {
            failIfTold();
            saves++;
            Person stored = person.id() == null ? person.withId(++lastId) : person;
            rows.put(stored.id(), stored);
            return stored;
        }

        public int saves() {
            return saves;
        }
    }
}
