// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import org.huiwu.domain.confidentiality.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's details, written in one fixed form, read in the reader's language; unknown forms as written. */
class AuditDetailTextsTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final Messages russian = Messages.of(Language.RUSSIAN);
    private final Messages chinese = Messages.of(Language.CHINESE);

    @Test
    void versionsCountsAndRolesAreSaidInTheReadersLanguage() {
        assertThat(AuditDetailTexts.of(russian, "version 12")).isEqualTo("версия 12");
        assertThat(AuditDetailTexts.of(chinese, "version 2 reopened from 1")).isEqualTo("第2版，由第1版重新打开");
        assertThat(AuditDetailTexts.of(russian, "4 items")).isEqualTo("пунктов повестки: 4");
        assertThat(AuditDetailTexts.of(english, "3 decisions")).isEqualTo("decisions: 3");
        assertThat(AuditDetailTexts.of(chinese, "7 present")).isEqualTo("出席：7");
        assertThat(AuditDetailTexts.of(russian, "ASSISTANT")).isEqualTo(russian.get("access.role.assistant"));
        assertThat(AuditDetailTexts.of(english, "ASSISTANT -> DEPUTY")).isEqualTo("Assistant → Deputy");
        assertThat(AuditDetailTexts.of(russian, "IN_PROGRESS")).isEqualTo(russian.get("decision.status.inProgress"));
        assertThat(AuditDetailTexts.of(chinese, "边境会谈 / Пограничные переговоры · HELD"))
                .isEqualTo("边境会谈 / Пограничные переговоры · " + chinese.get("meeting.status.held"));
    }

    @Test
    void releasesNameTheirRecipientAndTheArt4Marking() {
        String osce = Recipient.thirdParty("OSCE").describe();
        assertThat(AuditDetailTexts.of(russian, Recipient.otherSide().describe()))
                .isEqualTo(russian.get("art4.recipient.otherSide"));
        assertThat(AuditDetailTexts.of(english, osce + "; Art. 4 marked (3 items)"))
                .isEqualTo("A third party · OSCE; carries the Art. 4 marking (items: 3)");
        assertThat(AuditDetailTexts.of(chinese, osce + "; print; no consent for Art. 4 (2) 2026-10-01"))
                .isEqualTo("第三方 · OSCE；打印；无书面同意：Art. 4 (2) 2026-10-01");
        assertThat(AuditDetailTexts.of(russian, "Art. 4(3) from kg"))
                .isEqualTo("ст. 4 (3), предоставлено: " + russian.get("side.kyrgyzstan"));
        assertThat(AuditDetailTexts.of(english, "KG · 2 signature(s) · sha256 ab12"))
                .isEqualTo(english.get("protocol.original.kg") + "; signatures: 2; SHA-256 ab12");
    }

    @Test
    void aDetailOfNoKnownFormIsShownAsWritten() {
        assertThat(AuditDetailTexts.of(russian, "纳伦 / Нарын")).isEqualTo("纳伦 / Нарын");
        assertThat(AuditDetailTexts.of(russian, "NOT_A_ROLE")).isEqualTo("NOT_A_ROLE");
        assertThat(AuditDetailTexts.of(russian, "a title · NOT_A_STATUS")).isEqualTo("a title · NOT_A_STATUS");
        assertThat(AuditDetailTexts.of(english, "")).isEmpty();
    }
}
