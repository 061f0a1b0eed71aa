// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.signature;

import java.nio.file.Path;

import org.huiwu.i18n.Messages;

/** A verification verdict in the user's language: per signature its three answers, then the whole file's. */
public final class VerdictText {

    private VerdictText() {
    }

    public static String of(ProtocolVerifier.Verdict verdict, Messages messages, Path file) {
        if (!verdict.readable()) {
            return messages.get("cli.verify.unreadable", file, verdict.problem());
        }
        StringBuilder text = new StringBuilder();
        for (ProtocolVerifier.SignatureCheck check : verdict.signatures()) {
            text.append(messages.get("cli.verify.signature", check.field(), check.signer(),
                    String.valueOf(check.claimedTime()))).append('\n');
            text.append("  ").append(check.intact() ? messages.get("cli.verify.intact")
                    : messages.get("cli.verify.notIntact", check.integrityDetail())).append('\n');
            String identityKey = switch (check.identity()) {
                case TRUSTED -> "cli.verify.identity.trusted";
                case UNTRUSTED -> "cli.verify.identity.untrusted";
                case NOT_VALID_AT_SIGNING -> "cli.verify.identity.notValidAtSigning";
                case NOT_FOR_SIGNING -> "cli.verify.identity.notForSigning";
            };
            text.append("  ").append(messages.get(identityKey, check.identityDetail())).append('\n');
            if (check.expiredSince() && check.identity() == ProtocolVerifier.Identity.TRUSTED) {
                text.append("  ").append(messages.get("cli.verify.expiredSince")).append('\n');
            }
            text.append("  ").append(messages.get(switch (check.revocation()) {
                case NOT_CHECKED -> "cli.verify.revocation";
                case NOT_REVOKED -> "cli.verify.revocation.good";
                case REVOKED -> "cli.verify.revocation.revoked";
            })).append('\n');
            if (check.demo()) {
                text.append("  ").append(messages.get("cli.verify.demo")).append('\n');
            }
        }
        text.append(verdict.revisionsIntact() ? messages.get("cli.verify.revisionsIntact")
                : messages.get("cli.verify.revisionsChanged", verdict.revisionsDetail())).append('\n');
        text.append(messages.get(verdict.valid() ? "cli.verify.valid" : "cli.verify.invalid"));
        return text.toString();
    }
}
