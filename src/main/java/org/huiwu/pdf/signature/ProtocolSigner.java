// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.layout.properties.Property;
import org.huiwu.pdf.protocol.ProtocolFonts;
import org.huiwu.pdf.protocol.ProtocolPdf;

/**
 * Signs a protocol original into one of its prepared signature fields: PAdES (CAdES-detached, SHA-256), appended as
 * a new revision so earlier signatures stay valid. The first signature certifies the document and allows only the
 * remaining field to be filled.
 */
public final class ProtocolSigner {

    /** Who signs and what the visible signature says: the name in both scripts, title, reason and place. */
    public record Signatory(String nameZh, String nameRu, String title, String reason, String place) {

        /**
         * That side's signatory as the archive's register has them (names in both scripts, post) and the meeting's
         * place, when the archive knows the protocol; otherwise the certificate's name and title.
         */
        public static Signatory of(java.util.Optional<org.huiwu.domain.protocol.Protocol> protocol,
                                   org.huiwu.domain.common.Side side, SigningKeys.Key key, String reason) {
            String place = protocol.map(p -> p.place().zh() + " / " + p.place().ru()).orElse("");
            return protocol.flatMap(p -> p.signatory(side))
                    .map(p -> new Signatory(p.name().zh(), p.name().ru(),
                            p.post().zh().isBlank() ? p.post().ru() : p.post().zh() + " · " + p.post().ru(),
                            reason, place))
                    .orElse(new Signatory(key.name(), key.name(), key.title(), reason, place));
        }
    }

    /** The side whose signatory signs into {@code field}. */
    public static org.huiwu.domain.common.Side sideOf(String field) {
        return field.equals("sign-cn") ? org.huiwu.domain.common.Side.CHINA : org.huiwu.domain.common.Side.KYRGYZSTAN;
    }

    /** Why a protocol cannot be signed, for the user's message. */
    public enum Refusal { NOT_A_PROTOCOL, NO_EMPTY_FIELD, NO_SUCH_FIELD, FIELD_TAKEN, CERTIFICATE_NOT_VALID }

    /** A refused signing; nothing was written. */
    public static final class SigningRefused extends Exception {
        private final Refusal refusal;
        private final String detail;

        SigningRefused(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
            this.detail = detail;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String detail() {
            return detail;
        }
    }

    /** What a signature made with a demo key says first, in all three languages. */
    static final String DEMO_MARK = "DEMO KEY · 演示密钥 · ДЕМО-КЛЮЧ";

    private ProtocolSigner() {
    }

    /**
     * The field to sign when the user names none: the first empty one in the original's alternat order (its own
     * side's first). Empty when both are signed.
     */
    public static Optional<String> firstEmptyField(byte[] pdf) throws IOException, SigningRefused {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> blank = util.getBlankSignatureNames();
            List<String> order = alternatOrder(document);
            if (!util.doesSignatureFieldExist(order.get(0)) && !util.doesSignatureFieldExist(order.get(1))) {
                throw new SigningRefused(Refusal.NOT_A_PROTOCOL, "no protocol signature fields");
            }
            return order.stream().filter(blank::contains).findFirst();
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            throw new SigningRefused(Refusal.NOT_A_PROTOCOL, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Signs {@code pdf} into {@code field} with the key and its certificate chain, at {@code when} (the signer's
     * claimed time: offline there is no timestamp authority). {@code provider} is the JCA provider holding the
     * key (a PKCS#11 token's) or null for a key in memory.
     */
    public static byte[] sign(byte[] pdf, String field, PrivateKey key, Certificate[] chain, Provider provider,
                              Signatory who, ZonedDateTime when) throws IOException, SigningRefused,
            GeneralSecurityException {
        return sign(pdf, field, key, chain, provider, who, when, null);
    }

    /** As above, embedding the given revocation data (CRLs) in the signature; offline there is usually none. */
    static byte[] sign(byte[] pdf, String field, PrivateKey key, Certificate[] chain, Provider provider,
                       Signatory who, ZonedDateTime when, java.util.Collection<com.itextpdf.signatures.ICrlClient> crls)
            throws IOException, SigningRefused, GeneralSecurityException {
        X509Certificate signer = (X509Certificate) chain[0];
        try {
            signer.checkValidity(java.util.Date.from(when.toInstant()));
        } catch (java.security.cert.CertificateExpiredException | java.security.cert.CertificateNotYetValidException e) {
            throw new SigningRefused(Refusal.CERTIFICATE_NOT_VALID, signer.getNotBefore().toInstant() + " – "
                    + signer.getNotAfter().toInstant());
        }
        boolean certify;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            if (!alternatOrder(document).contains(field)) {
                throw new SigningRefused(Refusal.NO_SUCH_FIELD, field);
            }
            if (!util.doesSignatureFieldExist(field)) {
                throw new SigningRefused(Refusal.NO_SUCH_FIELD, field);
            }
            if (!util.getBlankSignatureNames().contains(field)) {
                throw new SigningRefused(Refusal.FIELD_TAKEN, field);
            }
            certify = util.getSignatureNames().isEmpty();
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            throw new SigningRefused(Refusal.NOT_A_PROTOCOL, String.valueOf(e.getMessage()));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner signing = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                new StampingProperties().useAppendMode());
        GregorianCalendar time = GregorianCalendar.from(when);
        SignerProperties properties = new SignerProperties()
                .setFieldName(field)
                .setClaimedSignDate(time)
                .setReason(who.reason())
                .setLocation(who.place())
                .setSignatureCreator("Huiwu")
                .setSignatureAppearance(appearance(field, who, when, DemoKeys.isDemo(signer)));
        if (certify) {
            properties.setCertificationLevel(AccessPermissions.FORM_FIELDS_MODIFICATION);
        }
        signing.setSignerProperties(properties);
        IExternalSignature signature = new KeySignature(key, provider);
        signing.signDetached(new BouncyCastleDigest(), signature, chain, crls, null, null, 0,
                PdfSigner.CryptoStandard.CADES);
        return out.toByteArray();
    }

    /** The visible signature: both scripts of the name, the title, date and time, reason and place. */
    private static SignatureFieldAppearance appearance(String field, Signatory who, ZonedDateTime when,
                                                       boolean demo) {
        Div content = new Div();
        if (demo) {
            content.add(new Paragraph(DEMO_MARK).simulateBold().setMargin(0));
        }
        String names = who.nameZh().equals(who.nameRu()) ? who.nameZh() : who.nameZh() + "  " + who.nameRu();
        content.add(new Paragraph(names).simulateBold().setMargin(0));
        List<String> lines = new ArrayList<>();
        if (!who.title().isBlank()) {
            lines.add(who.title());
        }
        // Time and reason share a line; the place, which can be long, takes the rest of the field.
        String time = when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"));
        lines.add(who.reason().isBlank() ? time : time + " · " + who.reason());
        if (!who.place().isBlank()) {
            lines.add(who.place());
        }
        for (String line : lines) {
            content.add(new Paragraph(line).setMargin(0).setMultipliedLeading(1.1f));
        }
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(field);
        appearance.setContent(content);
        // The protocol's own embedded faces: PDF/A, and Chinese, Cyrillic and Kyrgyz letters alike.
        appearance.setProperty(Property.FONT_PROVIDER, ProtocolFonts.provider());
        appearance.setFontFamily(ProtocolFonts.FAMILIES);
        appearance.setFontSize(6.5f);
        return appearance;
    }

    /** The protocol's signature fields, its own side's first; the PDF's language tells whose original it is. */
    private static List<String> alternatOrder(PdfDocument document) {
        PdfString lang = document.getCatalog().getPdfObject().getAsString(com.itextpdf.kernel.pdf.PdfName.Lang);
        boolean chinese = lang != null && lang.toUnicodeString().startsWith("zh");
        return ProtocolPdf.signatureFields(chinese ? org.huiwu.domain.protocol.Original.CN
                : org.huiwu.domain.protocol.Original.KG);
    }

    /**
     * SHA-256 with the key's own algorithm (RSA or ECDSA), through the given provider object: a token's provider is
     * used as configured, not looked up by a name another provider instance may share.
     */
    private record KeySignature(PrivateKey key, Provider provider) implements IExternalSignature {
        @Override
        public String getDigestAlgorithmName() {
            return "SHA-256";
        }

        @Override
        public String getSignatureAlgorithmName() {
            return key.getAlgorithm().equals("EC") ? "ECDSA" : key.getAlgorithm();
        }

        @Override
        public com.itextpdf.signatures.ISignatureMechanismParams getSignatureMechanismParameters() {
            return null;
        }

        @Override
        public byte[] sign(byte[] message) throws GeneralSecurityException {
            String algorithm = "SHA256with" + getSignatureAlgorithmName();
            java.security.Signature signature = provider == null ? java.security.Signature.getInstance(algorithm)
                    : java.security.Signature.getInstance(algorithm, provider);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        }
    }
}
