// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.store.generated.tables.records.PlaceRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.PLACE;

final class JooqPlaceRepository implements PlaceRepository {

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqPlaceRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    @Override
    public List<Place> findAll() {
        return dsl.selectFrom(PLACE).orderBy(PLACE.KIND, PLACE.NAME_ZH).fetch(JooqPlaceRepository::toPlace);
    }

    @Override
    public Optional<Place> findById(long id) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional(JooqPlaceRepository::toPlace);
    }

    @Override
    public Place save(Place place) {
        PlaceRecord record = place.id() == null ? dsl.newRecord(PLACE)
                : dsl.fetchSingle(PLACE, PLACE.ID.eq(place.id()));
        record.setUuid(place.uuid());
        record.setKind(place.kind().name());
        record.setSide(place.side().code());
        record.setNameZh(place.name().zh());
        record.setNameRu(place.name().ru());
        record.setTimeZone(place.zone().getId());
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.store();
        Place saved = place.withId(record.getId());
        journaling.record(RecordCodec.place(saved));
        return saved;
    }

    Long idOf(java.util.UUID uuid) {
        return dsl.select(PLACE.ID).from(PLACE).where(PLACE.UUID.eq(uuid)).fetchOne(PLACE.ID);
    }

    java.util.UUID uuidOf(long id) {
        return dsl.select(PLACE.UUID).from(PLACE).where(PLACE.ID.eq(id)).fetchSingle(PLACE.UUID);
    }

    private static Place toPlace(PlaceRecord r) {
        return new Place(r.getId(), r.getUuid(), PlaceKind.valueOf(r.getKind()), Side.ofCode(r.getSide()),
                Bilingual.of(r.getNameZh(), r.getNameRu()), ZoneId.of(r.getTimeZone()));
    }
}
