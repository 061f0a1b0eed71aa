// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;

import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's validation model checks every kind of protocol against PDF/A-2u. It is a test dependency, so a missing
 * validator is a compile error, never a skipped test.
 */
public class ProtocolPdfAConformanceTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @org.junit.jupiter.api.Test
    void theCheckRejectsAPlainPdf() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(bytes);
        }
        assertThat(validate(bytes.toByteArray()).isCompliant()).as("no XMP, no output intent").isFalse();
    }

    @ParameterizedTest(name = "{0} original, {1}, draft={2}, Art. 4 marked={3}")
    @CsvSource({"CN, PARALLEL, false, false", "KG, PARALLEL, false, false", "CN, SEQUENTIAL, false, false",
            "KG, SEQUENTIAL, false, false", "CN, PARALLEL, true, false", "KG, PARALLEL, false, true",
            "CN, SEQUENTIAL, true, true"})
    void everyProtocolIsPdfA2u(Original original, ProtocolLayout layout, boolean draft, boolean marked)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // As exported from an archive: with the audit trail's anchor in the document information.
        ProtocolPdf.write(ProtocolPdfTest.protocol(draft).withArt4Marking(marked), original, layout,
                new org.huiwu.domain.audit.AuditAnchor(85, "9f3a".repeat(16)), bytes);

        ValidationResult result = validate(bytes.toByteArray());
        String failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                        + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_U);
        assertThat(result.isCompliant()).as(failures).isTrue();
        assertThat(result.getTotalAssertions()).as("veraPDF really checked rules").isGreaterThan(1000);
    }

    public static ValidationResult validate(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_U;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        }
    }
}
