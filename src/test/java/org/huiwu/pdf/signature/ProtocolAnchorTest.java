// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.huiwu.domain.audit.AuditAnchor;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.pdf.protocol.ProtocolAnchor;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.pdf.protocol.ProtocolPdfTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A protocol PDF carries the audit anchor of the moment it was made, and still does once signed. */
class ProtocolAnchorTest {

    private static final AuditAnchor ANCHOR = new AuditAnchor(85, "9f3a".repeat(16));

    private static byte[] pdf(AuditAnchor anchor) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (anchor == null) {
            ProtocolPdf.write(ProtocolPdfTest.protocol(false), Original.KG, ProtocolLayout.PARALLEL, bytes);
        } else {
            ProtocolPdf.write(ProtocolPdfTest.protocol(false), Original.KG, ProtocolLayout.PARALLEL, anchor, bytes);
        }
        return bytes.toByteArray();
    }

    @Test
    void theAnchorReadsBackFromTheDocumentInformation() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        byte[] pdf = pdf(ANCHOR);

        assertThat(ProtocolAnchor.read(pdf)).contains(ANCHOR);
        assertThat(ProtocolAnchor.made(pdf)).hasValueSatisfying(made -> assertThat(made).isAfter(before)
                .isBefore(Instant.now().plusSeconds(2)));
    }

    @Test
    void aPdfWithoutAnAnchorOrNotAPdfAtAllHasNone() throws Exception {
        assertThat(ProtocolAnchor.read(pdf(null))).isEmpty();
        assertThat(ProtocolAnchor.read(new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void signingKeepsTheAnchor() throws Exception {
        Instant now = Instant.parse("2026-11-28T06:00:00Z");
        TestKeys.Holder signer = TestKeys.signer("CN=Omurbekov Nursultan", TestKeys.ec(), null,
                now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)));
        byte[] signed = ProtocolSigner.sign(pdf(ANCHOR), "sign-kg", signer.key(), signer.chain(), null,
                new ProtocolSigner.Signatory("Өмүрбеков Ң", "Өмүрбеков Ң", "пограничный представитель",
                        "Подписание протокола", "Торугарт"), ZonedDateTime.ofInstant(now, ZoneId.of("Asia/Bishkek")));

        assertThat(ProtocolAnchor.read(signed)).contains(ANCHOR);
    }
}
