// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import org.huiwu.domain.common.Side;

/**
 * The two equally authentic languages of a record. Each side agrees its own language: the Chinese delegation the
 * Chinese text, the Kyrgyz delegation the Russian text. Neither is the source of the other.
 */
public enum RecordLanguage {
    ZH(Side.CHINA),
    RU(Side.KYRGYZSTAN);

    private final Side owner;

    RecordLanguage(Side owner) {
        this.owner = owner;
    }

    /** The side whose delegation confirms texts in this language. */
    public Side owner() {
        return owner;
    }

    public RecordLanguage other() {
        return this == ZH ? RU : ZH;
    }

    public static RecordLanguage ownedBy(Side side) {
        return side == Side.CHINA ? ZH : RU;
    }
}
