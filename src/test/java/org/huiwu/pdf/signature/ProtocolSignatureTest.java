// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.pdf.protocol.ProtocolPdfAConformanceTest;
import org.huiwu.pdf.protocol.ProtocolPdfTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both representatives sign; the verifier's three answers on honest, damaged and altered files. */
class ProtocolSignatureTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");
    private static TestKeys.Holder chineseCa;
    private static TestKeys.Holder wang;
    private static TestKeys.Holder kyrgyz;
    private static byte[] twiceSigned;

    @BeforeAll
    static void signBoth() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(400));
        Instant to = NOW.plus(Duration.ofDays(400));
        chineseCa = TestKeys.ca("CN=Huiwu Test CA China", from, to);
        wang = TestKeys.signer("CN=Wang Jianguo", TestKeys.rsa(), chineseCa, from, to);
        kyrgyz = TestKeys.signer("CN=Omurbekov Nursultan", TestKeys.ec(), null, from, to);
        byte[] once = sign(original(), "sign-cn", wang, NOW.minus(Duration.ofHours(2)));
        twiceSigned = sign(once, "sign-kg", kyrgyz, NOW.minus(Duration.ofHours(1)));
    }

    static byte[] original() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(ProtocolPdfTest.protocol(false), Original.CN, ProtocolLayout.PARALLEL, bytes);
        return bytes.toByteArray();
    }

    static byte[] sign(byte[] pdf, String field, TestKeys.Holder holder, Instant when) throws Exception {
        return ProtocolSigner.sign(pdf, field, holder.key(), holder.chain(), null,
                new ProtocolSigner.Signatory("王建国", "Өмүрбеков Ң", "边界代表 · пограничный представитель",
                        "签署纪要 / Подписание протокола", "吐尔尕特 / Торугарт"),
                ZonedDateTime.ofInstant(when, BISHKEK));
    }

    private static List<X509Certificate> trust() {
        return List.of(chineseCa.certificate(), kyrgyz.certificate());
    }

    @Test
    void twoSignaturesAreBothIntactAndTrustedTheFirstCertifiesAndTheFileStaysPdfA() throws Exception {
        ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(twiceSigned, trust(), NOW);

        assertThat(verdict.valid()).as(verdict.toString()).isTrue();
        assertThat(verdict.signatures()).extracting(ProtocolVerifier.SignatureCheck::field)
                .containsExactly("sign-cn", "sign-kg");
        assertThat(verdict.signatures().get(0).certifies()).isTrue();
        assertThat(verdict.signatures().get(1).certifies()).isFalse();
        assertThat(verdict.signatures().get(1).coversWholeDocument()).isTrue();
        assertThat(verdict.signatures()).allMatch(check -> check.identity() == ProtocolVerifier.Identity.TRUSTED);
        assertThat(ProtocolPdfAConformanceTest.validate(twiceSigned).isCompliant()).isTrue();
        assertThat(ProtocolSigner.firstEmptyField(twiceSigned)).isEmpty();
    }

    @Test
    void popplersPdfsigAgreesThatBothSignaturesAreValidAndTheLastCoversTheWholeDocument(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path pdfsig = java.nio.file.Path.of("/usr/bin/pdfsig");
        assertThat(pdfsig).as("pdfsig from Debian's poppler-utils, which .ci/run installs").exists();
        java.nio.file.Path file = folder.resolve("signed.pdf");
        java.nio.file.Files.write(file, twiceSigned);
        Process run = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        // pdfsig exits 0 even on a broken signature: its text is the answer.
        assertThat(report.split("Signature is Valid", -1)).as(report).hasSize(3);
        int last = report.lastIndexOf("Signature #2");
        assertThat(last).as(report).isPositive();
        assertThat(report.substring(last)).contains("Total document signed");

        byte[] damaged = twiceSigned.clone();
        damaged[damaged.length / 3] ^= 0x20;
        java.nio.file.Files.write(file, damaged);
        Process again = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String broken = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        again.waitFor();
        assertThat(broken.split("Signature is Valid", -1).length).as(broken).isLessThan(3);
    }

    @Test
    void withoutTheCounterpartsCertificateTheSignatureIsIntactButUntrusted() {
        ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(twiceSigned,
                List.of(chineseCa.certificate()), NOW);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.signatures()).allMatch(ProtocolVerifier.SignatureCheck::intact);
        assertThat(verdict.signatures().get(1).identity()).isEqualTo(ProtocolVerifier.Identity.UNTRUSTED);
        assertThat(verdict.signatures().get(0).identity()).isEqualTo(ProtocolVerifier.Identity.TRUSTED);
    }

    @Test
    void aSingleByteFlippedAnywhereMakesTheProtocolInvalid() {
        Random random = new Random(20261128);
        int[] offsets = new int[60];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = random.nextInt(twiceSigned.length);
        }
        // One more in the zero padding of the last signature's /Contents, outside the signed bytes.
        String text = new String(twiceSigned, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <");
        int padding = text.indexOf("0000000000>", contents);
        offsets[0] = padding + 2;
        for (int offset : offsets) {
            byte[] damaged = twiceSigned.clone();
            damaged[offset] ^= (byte) (1 + random.nextInt(255));
            assertThat(ProtocolVerifier.verify(damaged, trust(), NOW).valid())
                    .as("byte flipped at " + offset + " of " + twiceSigned.length).isFalse();
        }
    }

    @Test
    void contentAPageOrAnAnnotationAddedInALaterRevisionMakesItInvalid() throws Exception {
        byte[] text = appended(document -> {
            PdfCanvas canvas = new PdfCanvas(document.getPage(1));
            canvas.rectangle(100, 100, 200, 50).fill();
        });
        byte[] page = appended(PdfDocument::addNewPage);
        byte[] note = appended(document -> document.getPage(1)
                .addAnnotation(new PdfTextAnnotation(new Rectangle(100, 100, 20, 20))));

        for (byte[] altered : List.of(text, page, note)) {
            ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(altered, trust(), NOW);
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.revisionsIntact()).isFalse();
            assertThat(verdict.signatures()).allMatch(ProtocolVerifier.SignatureCheck::intact);
        }
    }

    private static byte[] appended(java.util.function.Consumer<PdfDocument> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(twiceSigned)),
                new PdfWriter(out), new StampingProperties().useAppendMode())) {
            change.accept(document);
        }
        return out.toByteArray();
    }

    @Test
    void anExpiredCertificateCannotSignButOneThatExpiredAfterSigningKeepsTheProtocolValid() throws Exception {
        Instant longAgo = NOW.minus(Duration.ofDays(800));
        TestKeys.Holder expired = TestKeys.signer("CN=Expired Representative", TestKeys.rsa(), chineseCa,
                longAgo, NOW.minus(Duration.ofDays(30)));
        assertThatThrownBy(() -> sign(original(), "sign-cn", expired, NOW))
                .isInstanceOfSatisfying(ProtocolSigner.SigningRefused.class,
                        refused -> assertThat(refused.refusal())
                                .isEqualTo(ProtocolSigner.Refusal.CERTIFICATE_NOT_VALID));

        TestKeys.Holder oldCa = TestKeys.ca("CN=Old CA", longAgo, NOW.plus(Duration.ofDays(400)));
        TestKeys.Holder old = TestKeys.signer("CN=Former Representative", TestKeys.rsa(), oldCa, longAgo,
                NOW.minus(Duration.ofDays(30)));
        byte[] signedThen = sign(original(), "sign-cn", old, NOW.minus(Duration.ofDays(60)));
        ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(signedThen, List.of(oldCa.certificate()), NOW);
        assertThat(verdict.valid()).as(verdict.toString()).isTrue();
        assertThat(verdict.signatures().get(0).expiredSince()).isTrue();
    }

    @Test
    void aTakenFieldOrAFileThatIsNotASignedProtocolIsRefusedOrInvalid() throws Exception {
        assertThatThrownBy(() -> sign(twiceSigned, "sign-cn", wang, NOW))
                .isInstanceOfSatisfying(ProtocolSigner.SigningRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(ProtocolSigner.Refusal.FIELD_TAKEN));
        assertThat(ProtocolSigner.firstEmptyField(original())).contains("sign-cn");

        ProtocolVerifier.Verdict notPdf = ProtocolVerifier.verify("hello".getBytes(StandardCharsets.UTF_8),
                trust(), NOW);
        assertThat(notPdf.readable()).isFalse();
        assertThat(notPdf.valid()).isFalse();
        ProtocolVerifier.Verdict unsigned = ProtocolVerifier.verify(original(), trust(), NOW);
        assertThat(unsigned.valid()).isFalse();
    }

    @Test
    void aDemoKeySignsButItsSignatureSaysDemoAndTheVerificationToo(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("demo.p12");
        X509Certificate certificate = DemoKeys.create("Ван Цзяньго", "demo-pass".toCharArray(), file, NOW);
        SigningKeys.Key key = SigningKeys.fromFile(file, DemoKeys.ALIAS, "demo-pass".toCharArray());
        byte[] signed = ProtocolSigner.sign(original(), "sign-cn", key.privateKey(), key.chain(), null,
                new ProtocolSigner.Signatory(key.name(), key.name(), "", "", ""),
                ZonedDateTime.ofInstant(NOW, BISHKEK));

        ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(signed, List.of(certificate), NOW);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.signatures().get(0).demo()).isTrue();
        assertThat(ProtocolVerifier.verify(twiceSigned, trust(), NOW).signatures())
                .noneMatch(ProtocolVerifier.SignatureCheck::demo);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            // The visible signature is the widget's appearance; the DEMO mark in it was checked on the rendered page.
            var widget = document.getDocumentCatalog().getAcroForm().getField("sign-cn").getWidgets().get(0);
            assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
        }
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).doesNotContain("demo-pass");
    }

    @Test
    void revocationDataInTheSignatureIsCheckedAndARevocationBeforeSigningMakesItInvalid() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(100));
        TestKeys.Holder revoked = TestKeys.signer("CN=Revoked Representative", TestKeys.rsa(), chineseCa, from,
                NOW.plus(Duration.ofDays(100)));
        ProtocolSigner.Signatory who = new ProtocolSigner.Signatory("王", "Ван", "", "", "");
        java.time.ZonedDateTime when = java.time.ZonedDateTime.ofInstant(NOW, BISHKEK);

        byte[] good = ProtocolSigner.sign(original(), "sign-cn", wang.key(), wang.chain(), null, who, when,
                List.of(new com.itextpdf.signatures.CrlClientOffline(
                        TestKeys.crl(chineseCa, revoked.certificate(), NOW.minus(Duration.ofDays(1))))));
        byte[] bad = ProtocolSigner.sign(original(), "sign-cn", revoked.key(), revoked.chain(), null, who, when,
                List.of(new com.itextpdf.signatures.CrlClientOffline(
                        TestKeys.crl(chineseCa, revoked.certificate(), NOW.minus(Duration.ofDays(1))))));
        byte[] forged = ProtocolSigner.sign(original(), "sign-cn", revoked.key(), revoked.chain(), null, who,
                when, List.of(new com.itextpdf.signatures.CrlClientOffline(
                        TestKeys.crl(TestKeys.ca("CN=Huiwu Test CA China", from, NOW), null, NOW))));

        ProtocolVerifier.SignatureCheck fine = ProtocolVerifier.verify(good, trust(), NOW).signatures().get(0);
        assertThat(fine.revocation()).isEqualTo(ProtocolVerifier.Revocation.NOT_REVOKED);
        assertThat(fine.valid()).isTrue();
        ProtocolVerifier.SignatureCheck gone = ProtocolVerifier.verify(bad, trust(), NOW).signatures().get(0);
        assertThat(gone.revocation()).isEqualTo(ProtocolVerifier.Revocation.REVOKED);
        assertThat(gone.valid()).isFalse();
        // A CRL signed by another key with the same name vouches for nothing.
        assertThat(ProtocolVerifier.verify(forged, trust(), NOW).signatures().get(0).revocation())
                .isEqualTo(ProtocolVerifier.Revocation.NOT_CHECKED);
        assertThat(ProtocolVerifier.verify(twiceSigned, trust(), NOW).signatures())
                .allMatch(check -> check.revocation() == ProtocolVerifier.Revocation.NOT_CHECKED);
    }
}
