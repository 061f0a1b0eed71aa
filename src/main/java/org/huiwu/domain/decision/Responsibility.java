// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.decision;

import org.huiwu.domain.common.Side;

/** Who has to carry a decision out: one side, or both together. */
public enum Responsibility {
    CHINA,
    KYRGYZSTAN,
    BOTH;

    public static Responsibility of(Side side) {
        return side == Side.CHINA ? CHINA : KYRGYZSTAN;
    }

    public boolean includes(Side side) {
        return this == BOTH || this == of(side);
    }
}
