// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.signature.ProtocolSigner;
import org.huiwu.pdf.signature.ProtocolVerifier;
import org.huiwu.pdf.signature.SignedFacts;
import org.huiwu.pdf.signature.SigningKeys;
import org.huiwu.pdf.signature.TrustedCertificates;
import org.huiwu.pdf.signature.VerdictText;
import org.huiwu.service.export.WholeFiles;
import org.huiwu.service.protocol.ProtocolService;

/**
 * Signing a protocol original in the window (the one shown, or one received from the other side) and verifying a
 * signed one. The password or PIN is used once and wiped; the signed PDF is kept in the archive and written to the
 * file the user chose.
 */
public final class SigningViewModel {

    /** Where the key is: a PKCS#12 file, or a PKCS#11 token's configuration file. */
    public enum KeySource { FILE, TOKEN }

    /** The key the user chose; the alias may be blank (the only key of the file or token). */
    public record KeyChoice(KeySource source, Path path, String alias) {
    }

    private final ProtocolService protocols;
    private final org.huiwu.service.protocol.TrustService trust;
    private final Messages messages;
    private final Clock clock;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty verdictValid = new SimpleBooleanProperty();
    private Consumer<Problem> problems = problem -> { };

    public SigningViewModel(ProtocolService protocols, org.huiwu.service.protocol.TrustService trust,
                            Messages messages, Clock clock, Executor background, Consumer<Runnable> ui) {
        this.protocols = protocols;
        this.trust = trust;
        this.messages = messages;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** The file name Save suggests for a signed original. */
    public static String signedFileName(String original) {
        String base = original.endsWith(".pdf") ? original.substring(0, original.length() - 4) : original;
        return base.replace("-signed", "") + "-signed.pdf";
    }

    /**
     * Signs {@code pdf} into its first empty field with the chosen key, keeps it in the archive and writes it to
     * {@code out}. {@code secret} is wiped whatever happens. {@code done} runs on success.
     */
    public void sign(byte[] pdf, KeyChoice key, char[] secret, Path out, Runnable done) {
        if (busy.get()) {
            Arrays.fill(secret, '\0');
            return;
        }
        busy.set(true);
        outcome.set(messages.get("signing.working"));
        background.execute(() -> {
            try {
                byte[] signed = signed(pdf, key, secret);
                SignedFacts facts = SignedFacts.read(signed).orElseThrow();
                protocols.keepSigned(signed, facts.original(), facts.signatures(), facts.minutesSha256());
                WholeFiles.write(out, signed);
                ui.accept(() -> {
                    busy.set(false);
                    outcome.set(messages.get("signing.done", out.toAbsolutePath().toString()));
                    done.run();
                });
            } catch (Refusal refusal) {
                fail(refusal.details);
            } catch (SigningKeys.KeyUnavailable unavailable) {
                fail(switch (unavailable.failure()) {
                    case WRONG_SECRET -> messages.get("cli.sign.wrongPassword");
                    case NO_SUCH_ALIAS -> messages.get("cli.sign.noSuchAlias", unavailable.getMessage());
                    case UNREADABLE -> messages.get("cli.sign.unreadable", unavailable.getMessage());
                    case UNUSABLE -> messages.get("cli.sign.keyFailed", unavailable.getMessage());
                });
            } catch (ProtocolSigner.SigningRefused refused) {
                fail(switch (refused.refusal()) {
                    case NOT_A_PROTOCOL -> messages.get("signing.notAProtocol");
                    case NO_EMPTY_FIELD -> messages.get("signing.noEmptyField");
                    case NO_SUCH_FIELD -> messages.get("cli.sign.noSuchField", refused.detail());
                    case FIELD_TAKEN -> messages.get("cli.sign.fieldTaken", refused.detail());
                    case CERTIFICATE_NOT_VALID -> messages.get("cli.sign.certificateNotValid", refused.detail());
                });
            } catch (ProtocolService.KeepRefused refused) {
                fail(refused.refusal() == ProtocolService.KeepRefusal.NOT_FINAL ? messages.get("cli.sign.notFinal")
                        : messages.get("signing.notInArchive"));
            } catch (IOException e) {
                fail(messages.get("protocol.save.failed", out.toAbsolutePath().toString()));
            } catch (Exception | Error e) {
                fail(messages.get("cli.sign.keyFailed", String.valueOf(e.getMessage())));
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
    }

    /** A signing the user must be told about, with its words already chosen. */
    private static final class Refusal extends Exception {
        private final String details;

        Refusal(String details) {
            super(details);
            this.details = details;
        }
    }

    private byte[] signed(byte[] pdf, KeyChoice key, char[] secret) throws Exception {
        SignedFacts facts = SignedFacts.read(pdf).orElseThrow(() -> new Refusal(messages.get("signing.notAProtocol")));
        String field = ProtocolSigner.firstEmptyField(pdf)
                .orElseThrow(() -> new Refusal(messages.get("signing.noEmptyField")));
        if (facts.signatures() > 0) {
            // Never countersign a file whose earlier signature is broken or whose later revisions changed it.
            ProtocolVerifier.Verdict earlier = ProtocolVerifier.verify(pdf, List.of(), clock.instant());
            if (!earlier.readable() || !earlier.revisionsIntact()
                    || !earlier.signatures().stream().allMatch(ProtocolVerifier.SignatureCheck::intact)) {
                throw new Refusal(messages.get("signing.earlierBroken"));
            }
        }
        SigningKeys.Key signing = key.source() == KeySource.FILE
                ? SigningKeys.fromFile(key.path(), key.alias(), secret)
                : SigningKeys.fromToken(key.path(), key.alias(), secret);
        ProtocolSigner.Signatory who = ProtocolSigner.Signatory.of(
                protocols.protocolFor(new ProtocolCode(facts.number(), facts.minutesSha256())),
                ProtocolSigner.sideOf(field), signing, messages.get("cli.sign.reason"));
        try {
            return ProtocolSigner.sign(pdf, field, signing.privateKey(), signing.chain(), signing.provider(), who,
                    ZonedDateTime.now(clock));
        } finally {
            signing.release();
        }
    }

    private void fail(String details) {
        ui.accept(() -> {
            busy.set(false);
            outcome.set("");
            problems.accept(new Problem(messages.get("signing.failed.headline"), details));
        });
    }

    /** Trusts the certificates in a PEM or DER file from now on, in this archive (the counterpart's, a CA). */
    public void importTrusted(Path file) {
        try {
            List<X509Certificate> certificates = TrustedCertificates.read(file);
            for (X509Certificate certificate : certificates) {
                trust.trust(certificate);
            }
            outcome.set(messages.get("signing.trust.added", certificates.size(),
                    certificates.get(0).getSubjectX500Principal().getName()));
        } catch (IOException e) {
            problems.accept(new Problem(messages.get("signing.trust.failed.headline"),
                    messages.get("cli.verify.badCertificate", file.toString())));
        }
    }

    /**
     * Verifies a signed PDF offline against the archive's trusted certificates and those in {@code extra}; the
     * verdict lands in the text.
     */
    public void verify(Path file, List<Path> extra) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        verdictValid.set(false);
        verdict.set(messages.get("signing.verifying"));
        background.execute(() -> {
            String text;
            boolean valid;
            try {
                List<X509Certificate> trusted = new ArrayList<>(trust.certificates());
                for (Path path : extra) {
                    trusted.addAll(TrustedCertificates.read(path));
                }
                ProtocolVerifier.Verdict result = ProtocolVerifier.verify(Files.readAllBytes(file), trusted,
                        clock.instant());
                text = VerdictText.of(result, messages, file);
                valid = result.valid();
            } catch (Exception | Error e) {
                // Whatever failed, the window must not stay busy or keep an earlier verdict.
                text = messages.get("signing.verify.unreadable", file.toString());
                valid = false;
            }
            String shown = text;
            boolean isValid = valid;
            ui.accept(() -> {
                busy.set(false);
                verdict.set(shown);
                verdictValid.set(isValid);
            });
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyBooleanProperty verdictValidProperty() {
        return verdictValid;
    }
}
