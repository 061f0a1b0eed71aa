// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.RecordLanguage;

/**
 * One of the two originals of a protocol, under the alternat: each side's original names its own state first, puts
 * its own language in the first (left) column or block and its own signatory on the left.
 */
public enum Original {
    CN(Side.CHINA, RecordLanguage.ZH),
    KG(Side.KYRGYZSTAN, RecordLanguage.RU);

    private final Side side;
    private final RecordLanguage language;

    Original(Side side, RecordLanguage language) {
        this.side = side;
        this.language = language;
    }

    /** Whose original this is: that side comes first. */
    public Side side() {
        return side;
    }

    /** The language of the first column or block. */
    public RecordLanguage firstLanguage() {
        return language;
    }

    public RecordLanguage secondLanguage() {
        return language.other();
    }

    /** "cn" or "kg", as the command line and file names write it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
