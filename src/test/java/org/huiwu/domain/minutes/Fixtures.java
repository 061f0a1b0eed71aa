// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;

/** Writers, moments and pairs the minutes tests share. */
final class Fixtures {

    static final Instant MORNING = Instant.parse("2026-03-05T03:00:00Z");
    static final Instant NOON = Instant.parse("2026-03-05T06:00:00Z");
    static final long CHINESE_REPRESENTATIVE = 11;
    static final long KYRGYZ_REPRESENTATIVE = 21;
    static final Provenance CHINESE_ASSISTANT = Provenance.of(Side.CHINA, 12, MORNING);
    static final Provenance KYRGYZ_INTERPRETER = Provenance.of(Side.KYRGYZSTAN, 22, MORNING);

    private Fixtures() {
    }

    static AlignedPair draftPair(String zh, String ru) {
        return AlignedPair.empty().withText(RecordLanguage.ZH, zh, CHINESE_ASSISTANT)
                .withText(RecordLanguage.RU, ru, KYRGYZ_INTERPRETER);
    }

    static AlignedPair agreedPair(String zh, String ru) {
        return draftPair(zh, ru).agree(RecordLanguage.ZH, CHINESE_REPRESENTATIVE, NOON)
                .agree(RecordLanguage.RU, KYRGYZ_REPRESENTATIVE, NOON);
    }

    static Minutes minutesOf(AlignedPair... pairs) {
        return new Minutes(UUID.randomUUID(), 7, 1, MinutesState.DRAFT, List.of(pairs));
    }

    static Provenance by(RecordLanguage language) {
        return language == RecordLanguage.ZH ? CHINESE_ASSISTANT : KYRGYZ_INTERPRETER;
    }

    static long representativeOf(RecordLanguage language) {
        return language == RecordLanguage.ZH ? CHINESE_REPRESENTATIVE : KYRGYZ_REPRESENTATIVE;
    }
}
