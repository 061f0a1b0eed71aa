// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.math.BigDecimal;

/** The comparison key of a numeric value: the same for 1,5 and 1.5, for 2008 and 2008.0. */
final class Numbers {

    private Numbers() {
    }

    static String key(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String key(long value) {
        return Long.toString(value);
    }
}
