// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.ByteArrayInputStream;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ReportItem;
import com.itextpdf.signatures.validation.report.ValidationReport;

/**
 * Verifies a signed protocol offline and gives three separate answers per signature: integrity (the signed bytes
 * are intact and no later revision changed more than filling the remaining signature field), identity (the
 * certificate chains to one the archive trusts, was valid at the claimed signing time and may sign), and revocation
 * (not checked: there is no revocation data offline).
 */
public final class ProtocolVerifier {

    /** The identity answer. */
    public enum Identity { TRUSTED, UNTRUSTED, NOT_VALID_AT_SIGNING, NOT_FOR_SIGNING }

    /**
     * The revocation answer: not checked (offline, no data), or what revocation data embedded in the signature
     * says: a CRL signed by the certificate's issuer, or an OCSP response.
     */
    public enum Revocation { NOT_CHECKED, NOT_REVOKED, REVOKED }

    /** One signature's verdict. */
    public record SignatureCheck(String field, String signer, Instant claimedTime, boolean intact,
                                 String integrityDetail, Identity identity, String identityDetail,
                                 boolean expiredSince, boolean certifies, boolean coversWholeDocument,
                                 boolean demo, Revocation revocation) {
        public boolean valid() {
            return intact && identity == Identity.TRUSTED && revocation != Revocation.REVOKED;
        }
    }

    /**
     * The whole file: each signature, and whether the revisions after the signatures only did what the certification
     * allows. {@code readable} is false for a file that is not a signed PDF at all (also an invalid protocol).
     */
    public record Verdict(boolean readable, String problem, List<SignatureCheck> signatures, boolean revisionsIntact,
                          String revisionsDetail) {
        public boolean valid() {
            return readable && !signatures.isEmpty() && revisionsIntact
                    && signatures.stream().allMatch(SignatureCheck::valid);
        }
    }

    private ProtocolVerifier() {
    }

    public static Verdict verify(byte[] pdf, Collection<X509Certificate> trusted, Instant now) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> names = util.getSignatureNames();
            if (names.isEmpty()) {
                return new Verdict(false, "no signatures", List.of(), false, "");
            }
            ValidationReport revisions = new ValidatorChainBuilder().buildDocumentRevisionsValidator()
                    .setAccessPermissions(AccessPermissions.FORM_FIELDS_MODIFICATION)
                    .setUnexpectedXrefChangesStatus(ReportItem.ReportItemStatus.INVALID)
                    .validateAllDocumentRevisions(new ValidationContext(ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                            CertificateSource.SIGNER_CERT, TimeBasedContext.PRESENT), document);
            // "Cannot tell" counts as not intact. The one failure forgiven is a new object that nothing in the
            // final document refers to: iText's own signing leaves such an orphan (an unused blank appearance
            // layer) in each signature's revision, and what nothing refers to cannot be shown or change anything.
            Set<Integer> reachable = reachable(document);
            List<ReportItem> failures = revisions.getFailures().stream()
                    .filter(item -> !isOrphan(item, reachable)).toList();
            // Failures are the INVALID and INDETERMINATE items alike.
            boolean revisionsIntact = failures.isEmpty();
            String revisionsDetail = failures.stream().map(ReportItem::getMessage).distinct()
                    .collect(Collectors.joining("; "));
            List<SignatureCheck> checks = new ArrayList<>();
            for (String name : names) {
                checks.add(check(util, name, trusted, now));
            }
            return new Verdict(true, "", checks, revisionsIntact, revisionsDetail);
        } catch (Exception | StackOverflowError e) {
            // A damaged file is an invalid protocol, whatever broke in reading it.
            return new Verdict(false, String.valueOf(e.getMessage()), List.of(), false, "");
        }
    }

    private static SignatureCheck check(SignatureUtil util, String name, Collection<X509Certificate> trusted,
                                        Instant now) {
        boolean intact;
        String integrityDetail = "";
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
            intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            if (!intact) {
                integrityDetail = "digest mismatch";
            } else if (!coversItsRevision(util, name)) {
                // Bytes slipped in after a later signature's /Contents are outside its digest: the revision it
                // closes must end exactly where its signed ranges do.
                intact = false;
                integrityDetail = "bytes changed outside the signed ranges";
            } else if (!paddingIsZero(util.getSignature(name).getContents().getValueBytes())) {
                // Bytes after the signature container are outside what is signed, but a changed byte there is
                // still a changed file: no honest signer writes anything but zeros.
                intact = false;
                integrityDetail = "bytes changed after the signature container";
            }
        } catch (Exception e) {
            return new SignatureCheck(name, "", null, false, String.valueOf(e.getMessage()), Identity.UNTRUSTED,
                    "", false, false, false, false, Revocation.NOT_CHECKED);
        }
        X509Certificate signer = pkcs7.getSigningCertificate();
        Instant claimed = pkcs7.getSignDate() == null ? null : pkcs7.getSignDate().toInstant();
        boolean certifies = util.getSignature(name).getPdfObject()
                .getAsArray(com.itextpdf.kernel.pdf.PdfName.Reference) != null;
        Identity identity;
        String identityDetail = "";
        boolean expiredSince = false;
        Date at = claimed == null ? Date.from(now) : Date.from(claimed);
        try {
            signer.checkValidity(at);
            identity = identityOf(signer, pkcs7.getSignCertificateChain(), trusted, at);
            if (identity == Identity.UNTRUSTED) {
                identityDetail = signer.getIssuerX500Principal().getName();
            }
            expiredSince = signer.getNotAfter().toInstant().isBefore(now);
        } catch (java.security.cert.CertificateException e) {
            identity = Identity.NOT_VALID_AT_SIGNING;
            identityDetail = signer.getNotBefore().toInstant() + " – " + signer.getNotAfter().toInstant();
        }
        return new SignatureCheck(name, signer.getSubjectX500Principal().getName(
                javax.security.auth.x500.X500Principal.RFC2253, java.util.Map.of("2.5.4.12", "T")), claimed, intact,
                integrityDetail, identity, identityDetail, expiredSince, certifies,
                util.signatureCoversWholeDocument(name), DemoKeys.isDemo(signer), revocation(pkcs7, signer, at, trusted));
    }

    /**
     * What embedded revocation data says about the signer's certificate at the claimed signing time. A CRL counts
     * only when the issuer's certificate in the signature verifies it; a revocation after the signing time does not
     * undo an earlier signature.
     */
    static Revocation revocation(PdfPKCS7 pkcs7, X509Certificate signer, Date at,
                                 Collection<X509Certificate> trusted) {
        List<java.security.cert.CRL> crls = new ArrayList<>();
        // Both are null when the signature carries none.
        if (pkcs7.getCRLs() != null) {
            crls.addAll(pkcs7.getCRLs());
        }
        if (pkcs7.getSignedDataCRLs() != null) {
            crls.addAll(pkcs7.getSignedDataCRLs());
        }
        boolean checked = false;
        for (java.security.cert.CRL crl : crls) {
            if (!(crl instanceof java.security.cert.X509CRL x509)
                    || !x509.getIssuerX500Principal().equals(signer.getIssuerX500Principal())) {
                continue;
            }
            // Only an issuer the archive trusts can vouch for a CRL; one supplied with the signature could be made up.
            X509Certificate issuer = issuerOf(signer, trusted.toArray(new Certificate[0]));
            if (issuer == null) {
                continue;
            }
            try {
                x509.verify(issuer.getPublicKey());
            } catch (java.security.GeneralSecurityException e) {
                continue; // a CRL nobody can vouch for says nothing
            }
            checked = true;
            java.security.cert.X509CRLEntry entry = x509.getRevokedCertificate(signer);
            if (entry != null && !entry.getRevocationDate().after(at)) {
                return Revocation.REVOKED;
            }
        }
        // OCSP responses are not evaluated: iText's check does not verify the responder or read the status.
        return checked ? Revocation.NOT_REVOKED : Revocation.NOT_CHECKED;
    }

    private static X509Certificate issuerOf(X509Certificate signer, Certificate[] certificates) {
        for (Certificate certificate : certificates) {
            if (certificate instanceof X509Certificate candidate
                    && candidate.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
                return candidate;
            }
        }
        return null;
    }

    /** Cut at the end of this signature's revision, the signature covers all of it. */
    private static boolean coversItsRevision(SignatureUtil util, String name) {
        try (java.io.InputStream revision = util.extractRevision(name);
             PdfDocument cut = new PdfDocument(new PdfReader(revision))) {
            return new SignatureUtil(cut).signatureCoversWholeDocument(name);
        } catch (Exception e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern UNEXPECTED_ENTRY =
            java.util.regex.Pattern.compile("unexpected entry \"(\\d+)\" in XREF");

    private static boolean isOrphan(ReportItem item, Set<Integer> reachable) {
        java.util.regex.Matcher entry = UNEXPECTED_ENTRY.matcher(String.valueOf(item.getMessage()));
        return entry.find() && !reachable.contains(Integer.parseInt(entry.group(1)));
    }

    /** The numbers of every object reachable from the final trailer: what the document is made of. */
    private static Set<Integer> reachable(PdfDocument document) {
        Set<Integer> seen = new HashSet<>();
        java.util.ArrayDeque<PdfObject> work = new java.util.ArrayDeque<>();
        work.add(document.getTrailer());
        while (!work.isEmpty()) {
            PdfObject object = work.poll();
            if (object instanceof PdfIndirectReference reference) {
                if (seen.add(reference.getObjNumber())) {
                    PdfObject target = reference.getRefersTo();
                    if (target != null) {
                        work.add(target);
                    }
                }
            } else if (object instanceof PdfDictionary dictionary) {
                for (PdfName key : dictionary.keySet()) {
                    work.add(dictionary.get(key, false));
                }
            } else if (object instanceof PdfArray array) {
                for (int i = 0; i < array.size(); i++) {
                    work.add(array.get(i, false));
                }
            }
        }
        return seen;
    }

    /** The signature container is DER; what follows it in /Contents must be the zero padding signers leave. */
    static boolean paddingIsZero(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30) {
            return false;
        }
        int length;
        int header;
        int first = contents[1] & 0xFF;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int bytes = first & 0x7F;
            if (bytes == 0 || bytes > 4 || contents.length < 2 + bytes) {
                return false;
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (contents[2 + i] & 0xFF);
            }
            header = 2 + bytes;
        }
        long end = (long) header + length;
        if (end > contents.length) {
            return false;
        }
        for (int i = (int) end; i < contents.length; i++) {
            if (contents[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** PKIX path to a trusted certificate, checked at the claimed signing time; revocation not checked (offline). */
    private static Identity identityOf(X509Certificate signer, Certificate[] embedded,
                                       Collection<X509Certificate> trusted, Date at) {
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) { // digitalSignature, nonRepudiation
            return Identity.NOT_FOR_SIGNING;
        }
        if (trusted.isEmpty()) {
            return Identity.UNTRUSTED;
        }
        for (X509Certificate anchor : trusted) {
            if (anchor.equals(signer)) {
                return Identity.TRUSTED; // the counterpart's own certificate, imported as trusted
            }
        }
        try {
            List<Certificate> path = new ArrayList<>();
            for (Certificate certificate : embedded) {
                if (!trusted.contains(certificate)) {
                    path.add(certificate);
                }
            }
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate anchor : trusted) {
                anchors.add(new TrustAnchor(anchor, null));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return Identity.TRUSTED;
        } catch (CertPathValidatorException e) {
            return Identity.UNTRUSTED;
        } catch (java.security.GeneralSecurityException e) {
            return Identity.UNTRUSTED;
        }
    }
}
