// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A termbase entry: the Chinese forms and the Russian forms of one concept, the preferred one first. Russian forms
 * include the inflected forms (or stems) a text may use, so "границы" and "границе" both find "граница".
 *
 * @param note where the term comes from or how to use it, may be empty
 */
public record Term(UUID uuid, List<String> zh, List<String> ru, String note) {

    public Term {
        Objects.requireNonNull(uuid, "uuid");
        zh = List.copyOf(zh);
        ru = List.copyOf(ru);
        note = note == null ? "" : note;
        if (zh.isEmpty() || ru.isEmpty()) {
            throw new IllegalArgumentException("a term has a Chinese and a Russian form");
        }
    }
}
