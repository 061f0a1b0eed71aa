// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.confidentiality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.confidentiality.ConfidentialityRepository;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;

/** The Art. 4 registers in memory, for tests of services and samples. */
public final class InMemoryConfidentiality implements ConfidentialityRepository {

    private final Map<UUID, InformationItem> items = new LinkedHashMap<>();
    private final Map<UUID, Consent> consents = new LinkedHashMap<>();

    @Override
    public List<InformationItem> items() {
        List<InformationItem> all = new ArrayList<>(items.values());
        all.sort(Comparator.comparing(InformationItem::receivedOn).reversed());
        return all;
    }

    @Override
    public Optional<InformationItem> item(UUID uuid) {
        return Optional.ofNullable(items.get(uuid));
    }

    @Override
    public InformationItem save(InformationItem item) {
        items.put(item.uuid(), item);
        return item;
    }

    @Override
    public List<Consent> consents() {
        List<Consent> all = new ArrayList<>(consents.values());
        all.sort(Comparator.comparing(Consent::givenOn).reversed());
        return all;
    }

    @Override
    public Consent save(Consent consent) {
        consents.put(consent.uuid(), consent);
        return consent;
    }
}
