// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.register;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.common.Violation;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.service.ValidationException;

/** The registers of people and places that meetings refer to. */
public class RegisterService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final PlaceRepository places;
    private final PersonRepository people;

    public RegisterService(PlaceRepository places, PersonRepository people) {
        this.places = places;
        this.people = people;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    /** Records successful writes into the trail from now on. */
    public RegisterService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public RegisterService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    public List<Place> places() {
        return places.findAll();
    }

    public List<Person> people() {
        return people.findAll();
    }

    /** Names are needed in both languages: both sides' documents name every place. */
    public Place save(Place place) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<Violation> violations = new ArrayList<>();
        if (!place.name().isComplete()) {
            violations.add(new Violation("name", "register.validation.bothNames"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Place saved = places.save(place);
        audit.record(place.id() == null ? org.huiwu.domain.audit.AuditAction.CREATED : org.huiwu.domain.audit.AuditAction.CHANGED, "place:" + saved.uuid(),
                saved.name().zh() + " / " + saved.name().ru());
        return saved;
    }

    /** A person's name is needed in both scripts: Chinese characters and Cyrillic. */
    public Person save(Person person) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<Violation> violations = new ArrayList<>();
        if (!person.name().isComplete()) {
            violations.add(new Violation("name", "register.validation.bothNames"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Person saved = people.save(person);
        audit.record(person.id() == null ? org.huiwu.domain.audit.AuditAction.CREATED : org.huiwu.domain.audit.AuditAction.CHANGED, "person:" + saved.uuid(),
                saved.name().zh() + " / " + saved.name().ru());
        return saved;
    }
}
