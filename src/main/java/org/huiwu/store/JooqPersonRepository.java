// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.store.generated.tables.records.PersonRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.PERSON;

final class JooqPersonRepository implements PersonRepository {

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqPersonRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    @Override
    public List<Person> findAll() {
        return dsl.selectFrom(PERSON).orderBy(PERSON.SIDE, PERSON.NAME_ZH).fetch(JooqPersonRepository::toPerson);
    }

    @Override
    public Optional<Person> findById(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(JooqPersonRepository::toPerson);
    }

    @Override
    public Person save(Person person) {
        PersonRecord record = person.id() == null ? dsl.newRecord(PERSON)
                : dsl.fetchSingle(PERSON, PERSON.ID.eq(person.id()));
        record.setUuid(person.uuid());
        record.setSide(person.side().code());
        record.setNameZh(person.name().zh());
        record.setNameRu(person.name().ru());
        record.setRankZh(person.rank().zh());
        record.setRankRu(person.rank().ru());
        record.setPostZh(person.post().zh());
        record.setPostRu(person.post().ru());
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.store();
        Person saved = person.withId(record.getId());
        journaling.record(RecordCodec.person(saved));
        return saved;
    }

    Long idOf(java.util.UUID uuid) {
        return dsl.select(PERSON.ID).from(PERSON).where(PERSON.UUID.eq(uuid)).fetchOne(PERSON.ID);
    }

    java.util.UUID uuidOf(long id) {
        return dsl.select(PERSON.UUID).from(PERSON).where(PERSON.ID.eq(id)).fetchSingle(PERSON.UUID);
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getUuid(), Side.ofCode(r.getSide()),
                Bilingual.of(r.getNameZh(), r.getNameRu()),
                Bilingual.of(r.getRankZh(), r.getRankRu()),
                Bilingual.of(r.getPostZh(), r.getPostRu()));
    }
}
