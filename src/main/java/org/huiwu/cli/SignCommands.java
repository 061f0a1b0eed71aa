// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;


import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.signature.ProtocolSigner;
import org.huiwu.pdf.signature.SignedFacts;
import org.huiwu.pdf.signature.SigningKeys;
import org.huiwu.pdf.signature.TrustedCertificates;
import org.huiwu.pdf.signature.VerdictText;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.protocol.ProtocolService;
import org.huiwu.pdf.signature.ProtocolVerifier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code protocol sign} and {@code protocol verify}: signing an original and checking a signed protocol. */
final class SignCommands {

    private SignCommands() {
    }

    /** Where the key comes from: a PKCS#12 file with an alias, or a PKCS#11 token's provider configuration. */
    static final class KeySource {
        @ArgGroup(exclusive = false)
        FileKey file;

        @Option(names = "--pkcs11", paramLabel = "CFG", description = "A SunPKCS11 configuration file naming the "
                + "token's library and slot (a smart card; SoftHSM2 for tests).")
        Path pkcs11;
    }

    static final class FileKey {
        @Option(names = "--keystore", required = true, paramLabel = "P12", description = "A PKCS#12 file (.p12, .pfx).")
        Path keystore;

        @Option(names = "--alias", required = true, paramLabel = "A", description = "The key's alias in the file.")
        String alias;
    }

    enum FieldChoice { cn, kg }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Signs a protocol original into its empty signature field (PAdES, SHA-256). The first "
                    + "signature certifies the protocol, allowing only the other field to be filled later.")
    static final class Sign implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Option(names = "--in", required = true, paramLabel = "F", description = "The original to sign (PDF).")
        private Path in;

        @Option(names = "--out", required = true, paramLabel = "G", description = "Where to write the signed PDF.")
        private Path out;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private KeySource key;

        @Option(names = "--field", paramLabel = "cn|kg", description = "Which signature field (default: the first "
                + "empty one in the original's alternat order).")
        private FieldChoice field;

        @Option(names = "--password-file", paramLabel = "P", description = "A file whose first line is the "
                + "keystore password or token PIN (default: asked on the terminal, not echoed).")
        private Path passwordFile;

        @Option(names = "--archive", paramLabel = "DIR", description = "Also keep the signed PDF in this archive "
                + "(the meeting is found from the protocol); the minutes version it was made from is then frozen.")
        private Path archive;

        @Option(names = "--passphrase-file", paramLabel = "F", description = "With --archive: a file whose first "
                + "line is the archive's passphrase (default: asked on the terminal).")
        private Path passphraseFile;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Sign(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() throws IOException {
            byte[] pdf = read(in, messages);
            String target;
            try {
                target = field != null ? "sign-" + field.name()
                        : ProtocolSigner.firstEmptyField(pdf).orElseThrow(() -> new HuiwuCommand.UserError(
                                messages.get("cli.sign.noEmptyField", in)));
            } catch (ProtocolSigner.SigningRefused refused) {
                throw refusal(refused);
            }
            char[] password = new PassphraseInput(messages, System.console()).read(passwordFile, "--password-file",
                    "cli.sign.passwordPrompt");
            try {
                SigningKeys.Key signing = key.file != null
                        ? SigningKeys.fromFile(key.file.keystore, key.file.alias, password)
                        : SigningKeys.fromToken(key.pkcs11, null, password);
                String name = signing.name();
                byte[] signed;
                try {
                    if (archive == null) {
                        signed = ProtocolSigner.sign(pdf, target, signing.privateKey(), signing.chain(),
                                signing.provider(), ProtocolSigner.Signatory.of(java.util.Optional.empty(),
                                        ProtocolSigner.sideOf(target), signing, messages.get("cli.sign.reason")),
                                ZonedDateTime.now(context.clock()));
                    } else {
                        signed = signAndKeep(pdf, target, signing);
                    }
                } finally {
                    signing.release();
                }
                ExportFiles.writeWholeOrRefuse(out.toAbsolutePath(), signed, messages);
                PrintWriter print = spec.commandLine().getOut();
                print.println(messages.get("cli.sign.done", target, name, out.toAbsolutePath()));
                if (archive != null) {
                    print.println(messages.get("cli.sign.kept", archive.toAbsolutePath()));
                }
                print.flush();
                return HuiwuCommand.DONE;
            } catch (ProtocolSigner.SigningRefused refused) {
                throw refusal(refused);
            } catch (SigningKeys.KeyUnavailable unavailable) {
                throw new HuiwuCommand.UserError(switch (unavailable.failure()) {
                    case WRONG_SECRET -> messages.get("cli.sign.wrongPassword");
                    case NO_SUCH_ALIAS -> messages.get("cli.sign.noSuchAlias", unavailable.getMessage());
                    case UNREADABLE -> messages.get("cli.sign.unreadable", unavailable.getMessage());
                    case UNUSABLE -> messages.get("cli.sign.keyFailed", unavailable.getMessage());
                });
            } catch (GeneralSecurityException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.sign.keyFailed", String.valueOf(e.getMessage())));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        /**
         * With an archive: the visible signature takes the register's names of that side's signatory, and the signed
         * PDF is kept in the meeting whose minutes version it was made from.
         */
        private byte[] signAndKeep(byte[] pdf, String target, SigningKeys.Key signing)
                throws IOException, GeneralSecurityException, ProtocolSigner.SigningRefused {
            SignedFacts facts = SignedFacts.read(pdf).orElseThrow(() -> new HuiwuCommand.UserError(
                    messages.get("cli.sign.notAProtocol", in)));
            try (ArchiveSession session = ArchiveOption.open(context, messages, archive.toAbsolutePath(),
                    passphraseFile)) {
                var protocol = session.protocols().protocolFor(
                        new org.huiwu.domain.protocol.ProtocolCode(facts.number(), facts.minutesSha256()));
                byte[] signed = ProtocolSigner.sign(pdf, target, signing.privateKey(), signing.chain(),
                        signing.provider(), ProtocolSigner.Signatory.of(protocol, ProtocolSigner.sideOf(target),
                                signing, messages.get("cli.sign.reason")), ZonedDateTime.now(context.clock()));
                SignedFacts now = SignedFacts.read(signed).orElseThrow();
                session.protocols().keepSigned(signed, now.original(), now.signatures(), now.minutesSha256());
                return signed;
            } catch (ProtocolService.KeepRefused refused) {
                throw new HuiwuCommand.UserError(refused.refusal() == ProtocolService.KeepRefusal.NOT_FINAL
                        ? messages.get("cli.sign.notFinal") : messages.get("cli.sign.notInArchive", facts.number()));
            }
        }

        private HuiwuCommand.UserError refusal(ProtocolSigner.SigningRefused refused) {
            return new HuiwuCommand.UserError(switch (refused.refusal()) {
                case NOT_A_PROTOCOL -> messages.get("cli.sign.notAProtocol", in);
                case NO_EMPTY_FIELD -> messages.get("cli.sign.noEmptyField", in);
                case NO_SUCH_FIELD -> messages.get("cli.sign.noSuchField", refused.detail());
                case FIELD_TAKEN -> messages.get("cli.sign.fieldTaken", refused.detail());
                case CERTIFICATE_NOT_VALID -> messages.get("cli.sign.certificateNotValid", refused.detail());
            });
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verifies a signed protocol offline: per signature, integrity, identity and revocation. "
                    + "Exit 0 when every signature is intact and trusted, 1 when anything is invalid, untrusted or "
                    + "unreadable as a signed PDF, 2 on a usage or I/O error.")
    static final class Verify implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The signed protocol.")
        private Path file;

        @Option(names = "--trust", paramLabel = "CERT", arity = "1..*",
                description = "PEM or DER certificates or CAs to trust (the counterpart's, your own).")
        private List<Path> trust = new ArrayList<>();

        @Option(names = "--json", description = "Machine-readable output.")
        private boolean json;

        @Option(names = "--archive", paramLabel = "DIR", description = "Also trust the certificates this archive "
                + "trusts (imported in the app); without it, only --trust.")
        private Path archive;

        @Option(names = "--passphrase-file", paramLabel = "F", description = "With --archive: a file whose first "
                + "line is the archive's passphrase (default: asked on the terminal).")
        private Path passphraseFile;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Verify(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() throws IOException {
            List<X509Certificate> trusted = new ArrayList<>();
            if (archive != null) {
                try (ArchiveSession session = ArchiveOption.open(context, messages, archive.toAbsolutePath(),
                        passphraseFile)) {
                    trusted.addAll(session.trust().certificates());
                }
            }
            for (Path path : trust) {
                try {
                    trusted.addAll(TrustedCertificates.read(path));
                } catch (IOException e) {
                    throw new HuiwuCommand.UserError(messages.get("cli.verify.badCertificate", path));
                }
            }
            byte[] pdf = read(file, messages);
            ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(pdf, trusted, context.clock().instant());
            PrintWriter print = spec.commandLine().getOut();
            if (json) {
                print.println(Json.write(asJson(verdict)));
            } else {
                print.println(VerdictText.of(verdict, messages, file));
            }
            print.flush();
            return verdict.valid() ? HuiwuCommand.DONE : HuiwuCommand.NEGATIVE;
        }

        private static java.util.Map<String, Object> asJson(ProtocolVerifier.Verdict verdict) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("file_valid", verdict.valid());
            out.put("readable", verdict.readable());
            out.put("problem", verdict.problem());
            out.put("revisions_intact", verdict.revisionsIntact());
            out.put("revisions_detail", verdict.revisionsDetail());
            List<Object> signatures = new ArrayList<>();
            for (ProtocolVerifier.SignatureCheck check : verdict.signatures()) {
                java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
                one.put("field", check.field());
                one.put("signer", check.signer());
                one.put("claimed_time", check.claimedTime() == null ? null : check.claimedTime().toString());
                one.put("certifies", check.certifies());
                one.put("intact", check.intact());
                one.put("integrity_detail", check.integrityDetail());
                one.put("identity", check.identity().name().toLowerCase(java.util.Locale.ROOT));
                one.put("identity_detail", check.identityDetail());
                one.put("expired_since_signing", check.expiredSince());
                one.put("revocation", switch (check.revocation()) {
                    case NOT_CHECKED -> "not_checked_offline";
                    case NOT_REVOKED -> "not_revoked";
                    case REVOKED -> "revoked";
                });
                one.put("covers_whole_document", check.coversWholeDocument());
                one.put("demo_key", check.demo());
                one.put("valid", check.valid());
                signatures.add(one);
            }
            out.put("signatures", signatures);
            return out;
        }
    }

    private static byte[] read(Path file, Messages messages) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("cli.sign.unreadable", file));
        }
    }
}
