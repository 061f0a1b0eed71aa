// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Art. 4 registers: information items received and the providing side's consents. */
public interface ConfidentialityRepository {

    /** Every information item, most recently received first. */
    List<InformationItem> items();

    Optional<InformationItem> item(UUID uuid);

    /** Stores the item with its links, replacing the one with the same UUID. */
    InformationItem save(InformationItem item);

    /** Every consent, most recently given first. */
    List<Consent> consents();

    /** Stores the consent with its scope, replacing the one with the same UUID. */
    Consent save(Consent consent);
}
