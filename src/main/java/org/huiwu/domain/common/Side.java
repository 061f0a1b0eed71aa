// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.common;

import java.time.ZoneId;

/** The two parties of the 2008 agreement. Every archive, person and text belongs to one of them. */
public enum Side {
    /** The Chinese side: PRC Ministry of National Defence and its border units. */
    CHINA("CN", ZoneId.of("Asia/Shanghai")),
    /** The Kyrgyz side: Border Service of the Kyrgyz Republic. */
    KYRGYZSTAN("KG", ZoneId.of("Asia/Bishkek"));

    private final String code;
    private final ZoneId homeZone;

    Side(String code, ZoneId homeZone) {
        this.code = code;
        this.homeZone = homeZone;
    }

    /** Two-letter code used in storage and on the command line. */
    public String code() {
        return code;
    }

    /** The zone of the side's capital, in which its members read meeting times. */
    public ZoneId homeZone() {
        return homeZone;
    }

    public Side other() {
        return this == CHINA ? KYRGYZSTAN : CHINA;
    }

    public static Side ofCode(String code) {
        for (Side side : values()) {
            if (side.code.equalsIgnoreCase(code)) {
                return side;
            }
        }
        throw new IllegalArgumentException("Unknown side: " + code);
    }
}
