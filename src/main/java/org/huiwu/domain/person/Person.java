// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.person;

import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;

/**
 * A member of either side's delegations. The name is kept in both scripts: a Chinese name with its Russian
 * transcription, or a Kyrgyz name with its Chinese transcription.
 */
public record Person(Long id, UUID uuid, Side side, Bilingual name, Bilingual rank, Bilingual post) {

    public Person {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(name, "name");
        rank = Objects.requireNonNullElse(rank, Bilingual.EMPTY);
        post = Objects.requireNonNullElse(post, Bilingual.EMPTY);
    }

    public static Person create(Side side, Bilingual name, Bilingual rank, Bilingual post) {
        return new Person(null, UUID.randomUUID(), side, name, rank, post);
    }

    public Person withId(long newId) {
        return new Person(newId, uuid, side, name, rank, post);
    }
}
