// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.SignatureUtil;
import org.huiwu.domain.protocol.Original;

/**
 * What a protocol PDF says about itself: its number, the SHA-256 of the minutes version it was made from (both in
 * the document information the protocol writer sets), whose original it is, and how many signatures it holds.
 */
public record SignedFacts(String number, String minutesSha256, Original original, int signatures) {

    private static final Pattern KEYWORDS = Pattern.compile("huiwu-protocol (\\S+) minutes-sha256 ([0-9a-f]{64})");

    /** Empty when the file is not a readable Huiwu protocol. */
    public static Optional<SignedFacts> read(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String keywords = document.getDocumentInfo().getKeywords();
            Matcher match = KEYWORDS.matcher(keywords == null ? "" : keywords);
            if (!match.find()) {
                return Optional.empty();
            }
            PdfString lang = document.getCatalog().getPdfObject().getAsString(PdfName.Lang);
            Original original = lang != null && lang.toUnicodeString().startsWith("zh") ? Original.CN : Original.KG;
            int signatures = new SignatureUtil(document).getSignatureNames().size();
            return Optional.of(new SignedFacts(match.group(1), match.group(2), original, signatures));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
