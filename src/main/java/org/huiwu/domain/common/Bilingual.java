// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.common;

import java.util.Objects;

/**
 * A text kept in Chinese and Russian, both equally authentic. Neither is the source of the other;
 * either may be empty while its writer has not yet written it.
 */
public record Bilingual(String zh, String ru) {

    public static final Bilingual EMPTY = new Bilingual("", "");

    public Bilingual {
        zh = Objects.requireNonNullElse(zh, "").strip();
        ru = Objects.requireNonNullElse(ru, "").strip();
    }

    public static Bilingual of(String zh, String ru) {
        return new Bilingual(zh, ru);
    }

    public boolean isBlank() {
        return zh.isEmpty() && ru.isEmpty();
    }

    public boolean isComplete() {
        return !zh.isEmpty() && !ru.isEmpty();
    }

    /** Both texts for a list cell: Chinese and Russian together, as equals. */
    public String joined() {
        if (zh.isEmpty()) {
            return ru;
        }
        if (ru.isEmpty()) {
            return zh;
        }
        return zh + " · " + ru;
    }
}
