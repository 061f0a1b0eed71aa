// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the QR code on every protocol page says: the protocol number and the SHA-256 of the minutes version it was
 * made from, e.g. {@code HUIWU 2026-T-007 SHA256 3f2a…}. Read back from a scanner (which types it) or by hand.
 */
public record ProtocolCode(String number, String sha256) {

    private static final Pattern FORM = Pattern.compile(
            "HUIWU\\s+(\\d{4}-[A-Z]-\\d{3})\\s+SHA256\\s+([0-9A-F]{64})");

    public String text() {
        return "HUIWU " + number + " SHA256 " + sha256;
    }

    public static ProtocolCode of(ProtocolNumber number, String sha256) {
        return new ProtocolCode(number.text(), sha256);
    }

    /**
     * The code in {@code typed}, tolerant of what scanners and people add: surrounding text, case, line breaks
     * and spaces. Empty when there is none.
     */
    public static Optional<ProtocolCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normal = typed.strip().replaceAll("\\s+", " ");
        Matcher match = FORM.matcher(normal.toUpperCase(Locale.ROOT));
        if (!match.find()) {
            return Optional.empty();
        }
        return Optional.of(new ProtocolCode(match.group(1), match.group(2).toLowerCase(Locale.ROOT)));
    }
}
