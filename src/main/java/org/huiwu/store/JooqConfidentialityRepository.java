// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.ConfidentialityRepository;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.store.generated.tables.records.ConsentRecord;
import org.huiwu.store.generated.tables.records.InformationItemRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.CONSENT;
import static org.huiwu.store.generated.Tables.CONSENT_CATEGORY;
import static org.huiwu.store.generated.Tables.CONSENT_ITEM;
import static org.huiwu.store.generated.Tables.INFORMATION_ITEM;
import static org.huiwu.store.generated.Tables.INFORMATION_ITEM_LINK;

/**
 * The Art. 4 registers: an item with its links, a consent with its scope, each saved whole (rows replaced) and
 * journaled like any confirmed save. The registration instant is kept for the order of the lists only.
 */
final class JooqConfidentialityRepository implements ConfidentialityRepository {

    private static final String AGENDA_ITEM = "AGENDA_ITEM";
    private static final String CLAUSE = "CLAUSE";

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqConfidentialityRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    @Override
    public List<InformationItem> items() {
        Map<UUID, List<org.jooq.Record2<String, UUID>>> links = dsl.selectFrom(INFORMATION_ITEM_LINK).fetch()
                .stream().collect(Collectors.groupingBy(r -> r.getItemUuid(), Collectors.mapping(
                        r -> r.into(INFORMATION_ITEM_LINK.TARGET_KIND, INFORMATION_ITEM_LINK.TARGET_UUID),
                        Collectors.toList())));
        return dsl.selectFrom(INFORMATION_ITEM)
                .orderBy(INFORMATION_ITEM.RECEIVED_ON.desc(), INFORMATION_ITEM.REGISTERED_AT.desc())
                .fetch(r -> item(r, links.getOrDefault(r.getUuid(), List.of())));
    }

    @Override
    public Optional<InformationItem> item(UUID uuid) {
        return dsl.selectFrom(INFORMATION_ITEM).where(INFORMATION_ITEM.UUID.eq(uuid)).fetchOptional()
                .map(r -> item(r, dsl.select(INFORMATION_ITEM_LINK.TARGET_KIND, INFORMATION_ITEM_LINK.TARGET_UUID)
                        .from(INFORMATION_ITEM_LINK).where(INFORMATION_ITEM_LINK.ITEM_UUID.eq(uuid)).fetch()));
    }

    @Override
    public InformationItem save(InformationItem item) {
        byte[] payload = RecordCodec.informationItem(item);
        upsert(item);
        journaling.record(payload);
        return item;
    }

    @Override
    public List<Consent> consents() {
        Map<UUID, Set<InformationCategory>> categories = dsl.selectFrom(CONSENT_CATEGORY).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getConsentUuid(),
                        Collectors.mapping(r -> InformationCategory.valueOf(r.getCategory()), Collectors.toSet())));
        Map<UUID, Set<UUID>> items = dsl.selectFrom(CONSENT_ITEM).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getConsentUuid(),
                        Collectors.mapping(r -> r.getItemUuid(), Collectors.toSet())));
        return dsl.selectFrom(CONSENT).orderBy(CONSENT.GIVEN_ON.desc(), CONSENT.REGISTERED_AT.desc())
                .fetch(r -> consent(r, categories.getOrDefault(r.getUuid(), Set.of()),
                        items.getOrDefault(r.getUuid(), Set.of())));
    }

    @Override
    public Consent save(Consent consent) {
        byte[] payload = RecordCodec.consent(consent);
        upsert(consent);
        journaling.record(payload);
        return consent;
    }

    /** Also the journal's replay: the item's row and links are replaced. */
    void upsert(InformationItem item) {
        dsl.transaction(tx -> {
            DSLContext t = org.jooq.impl.DSL.using(tx);
            var registered = t.select(INFORMATION_ITEM.REGISTERED_AT).from(INFORMATION_ITEM)
                    .where(INFORMATION_ITEM.UUID.eq(item.uuid())).fetchOne(INFORMATION_ITEM.REGISTERED_AT);
            t.deleteFrom(INFORMATION_ITEM).where(INFORMATION_ITEM.UUID.eq(item.uuid())).execute();
            t.insertInto(INFORMATION_ITEM)
                    .set(INFORMATION_ITEM.UUID, item.uuid())
                    .set(INFORMATION_ITEM.CATEGORY, item.category().name())
                    .set(INFORMATION_ITEM.PROVIDING_SIDE, item.providingSide().code())
                    .set(INFORMATION_ITEM.RECEIVED_ON, item.receivedOn())
                    .set(INFORMATION_ITEM.CHANNEL, item.channel().name())
                    .set(INFORMATION_ITEM.TEXT_ZH, item.text().zh())
                    .set(INFORMATION_ITEM.TEXT_RU, item.text().ru())
                    .set(INFORMATION_ITEM.REGISTERED_AT,
                            registered != null ? registered : java.time.Instant.now().atOffset(ZoneOffset.UTC))
                    .execute();
            for (UUID target : item.agendaItems()) {
                t.insertInto(INFORMATION_ITEM_LINK).values(item.uuid(), AGENDA_ITEM, target).execute();
            }
            for (UUID target : item.clauses()) {
                t.insertInto(INFORMATION_ITEM_LINK).values(item.uuid(), CLAUSE, target).execute();
            }
        });
    }

    /** Also the journal's replay: the consent's row and scope are replaced. */
    void upsert(Consent consent) {
        dsl.transaction(tx -> {
            DSLContext t = org.jooq.impl.DSL.using(tx);
            var registered = t.select(CONSENT.REGISTERED_AT).from(CONSENT).where(CONSENT.UUID.eq(consent.uuid()))
                    .fetchOne(CONSENT.REGISTERED_AT);
            t.deleteFrom(CONSENT).where(CONSENT.UUID.eq(consent.uuid())).execute();
            t.insertInto(CONSENT)
                    .set(CONSENT.UUID, consent.uuid())
                    .set(CONSENT.PROVIDING_SIDE, consent.providingSide().code())
                    .set(CONSENT.GIVEN_ON, consent.givenOn())
                    .set(CONSENT.REFERENCE, consent.reference())
                    .set(CONSENT.THIRD_PARTY, consent.thirdParty())
                    .set(CONSENT.VALID_UNTIL, consent.validUntil())
                    .set(CONSENT.REGISTERED_AT,
                            registered != null ? registered : java.time.Instant.now().atOffset(ZoneOffset.UTC))
                    .execute();
            for (InformationCategory category : consent.categories()) {
                t.insertInto(CONSENT_CATEGORY).values(consent.uuid(), category.name()).execute();
            }
            for (UUID item : consent.items()) {
                t.insertInto(CONSENT_ITEM).values(consent.uuid(), item).execute();
            }
        });
    }

    private static InformationItem item(InformationItemRecord r, List<? extends org.jooq.Record2<String, UUID>> links) {
        Set<UUID> agenda = links.stream().filter(l -> AGENDA_ITEM.equals(l.value1())).map(l -> l.value2())
                .collect(Collectors.toSet());
        Set<UUID> clauses = links.stream().filter(l -> CLAUSE.equals(l.value1())).map(l -> l.value2())
                .collect(Collectors.toSet());
        return new InformationItem(r.getUuid(), InformationCategory.valueOf(r.getCategory()),
                Side.ofCode(r.getProvidingSide()), r.getReceivedOn(), InformationChannel.valueOf(r.getChannel()),
                Bilingual.of(r.getTextZh(), r.getTextRu()), agenda, clauses);
    }

    private static Consent consent(ConsentRecord r, Set<InformationCategory> categories, Set<UUID> items) {
        return new Consent(r.getUuid(), Side.ofCode(r.getProvidingSide()), r.getGivenOn(), r.getReference(),
                r.getThirdParty(), categories, items, r.getValidUntil());
    }
}
