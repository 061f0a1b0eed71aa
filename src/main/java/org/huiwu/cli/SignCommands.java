// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.signature.ProtocolSigner;
import org.huiwu.pdf.signature.SignedFacts;
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
                KeyStore store = open(password);
                String alias = key.file != null ? key.file.alias : firstKeyAlias(store);
                if (alias == null || !store.isKeyEntry(alias)) {
                    throw new HuiwuCommand.UserError(messages.get("cli.sign.noSuchAlias", String.valueOf(alias)));
                }
                PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                X509Certificate signer = (X509Certificate) chain[0];
                String name = commonName(signer);
                byte[] signed = ProtocolSigner.sign(pdf, target, privateKey, chain,
                        key.pkcs11 != null ? store.getProvider() : null,
                        new ProtocolSigner.Signatory(name, name, attribute(signer, "T"),
                                messages.get("cli.sign.reason"), ""),
                        ZonedDateTime.now(context.clock()));
                if (archive != null) {
                    keep(signed);
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
            } catch (UnrecoverableKeyException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.sign.wrongPassword"));
            } catch (GeneralSecurityException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.sign.keyFailed", String.valueOf(e.getMessage())));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        /** Keeps the signed PDF in the archive, in the meeting whose minutes version it was made from. */
        private void keep(byte[] signed) {
            SignedFacts facts = SignedFacts.read(signed).orElseThrow(() -> new HuiwuCommand.UserError(
                    messages.get("cli.sign.notAProtocol", in)));
            char[] passphrase = new PassphraseInput(messages, System.console()).read(passphraseFile,
                    "--passphrase-file", "cli.passphrase.prompt", archive);
            try (ArchiveSession session = context.openSession(archive.toAbsolutePath(), passphrase)) {
                var protocols = session.protocols();
                for (var meeting : session.schedule().meetings()) {
                    try {
                        protocols.keepSigned(meeting.id(), signed, facts.original(), facts.signatures(),
                                facts.minutesSha256());
                        return;
                    } catch (ProtocolService.KeepRefused refused) {
                        if (refused.refusal() == ProtocolService.KeepRefusal.NOT_FINAL) {
                            throw new HuiwuCommand.UserError(messages.get("cli.sign.notFinal"));
                        }
                    }
                }
                throw new HuiwuCommand.UserError(messages.get("cli.sign.notInArchive", facts.number()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }

        private KeyStore open(char[] password) throws GeneralSecurityException {
            try {
                if (key.pkcs11 != null) {
                    Provider provider = Security.getProvider("SunPKCS11").configure(key.pkcs11.toString());
                    KeyStore store = KeyStore.getInstance("PKCS11", provider);
                    store.load(null, password);
                    return store;
                }
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream stream = Files.newInputStream(key.file.keystore)) {
                    store.load(stream, password);
                }
                return store;
            } catch (IOException e) {
                // A wrong PKCS#12 password surfaces as an IOException caused by an UnrecoverableKeyException.
                // A wrong token PIN, as a LoginException.
                if (e.getCause() instanceof UnrecoverableKeyException
                        || e.getCause() instanceof javax.security.auth.login.LoginException
                        || String.valueOf(e.getMessage()).contains("password")) {
                    throw new HuiwuCommand.UserError(messages.get("cli.sign.wrongPassword"));
                }
                if (e instanceof NoSuchFileException) {
                    throw new HuiwuCommand.UserError(messages.get("cli.sign.unreadable", e.getMessage()));
                }
                throw new HuiwuCommand.UserError(messages.get("cli.sign.keyFailed", String.valueOf(e.getMessage())));
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

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Verify(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() throws IOException {
            List<X509Certificate> trusted = new ArrayList<>();
            for (Path path : trust) {
                trusted.addAll(certificates(path));
            }
            byte[] pdf = read(file, messages);
            ProtocolVerifier.Verdict verdict = ProtocolVerifier.verify(pdf, trusted, context.clock().instant());
            PrintWriter print = spec.commandLine().getOut();
            if (json) {
                print.println(Json.write(asJson(verdict)));
            } else {
                print.println(describe(verdict));
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
                one.put("revocation", "not_checked_offline");
                one.put("covers_whole_document", check.coversWholeDocument());
                one.put("valid", check.valid());
                signatures.add(one);
            }
            out.put("signatures", signatures);
            return out;
        }

        private String describe(ProtocolVerifier.Verdict verdict) {
            StringBuilder text = new StringBuilder();
            if (!verdict.readable()) {
                return messages.get("cli.verify.unreadable", file, verdict.problem());
            }
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
                text.append("  ").append(messages.get("cli.verify.revocation")).append('\n');
            }
            text.append(verdict.revisionsIntact() ? messages.get("cli.verify.revisionsIntact")
                    : messages.get("cli.verify.revisionsChanged", verdict.revisionsDetail())).append('\n');
            text.append(messages.get(verdict.valid() ? "cli.verify.valid" : "cli.verify.invalid"));
            return text.toString();
        }

        private List<X509Certificate> certificates(Path path) {
            try (InputStream stream = Files.newInputStream(path)) {
                List<X509Certificate> found = new ArrayList<>();
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(stream)) {
                    found.add((X509Certificate) certificate);
                }
                if (found.isEmpty()) {
                    throw new HuiwuCommand.UserError(messages.get("cli.verify.badCertificate", path));
                }
                return found;
            } catch (IOException | GeneralSecurityException e) {
                throw new HuiwuCommand.UserError(messages.get("cli.verify.badCertificate", path));
            }
        }
    }

    private static byte[] read(Path file, Messages messages) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("cli.sign.unreadable", file));
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    private static String commonName(X509Certificate certificate) {
        String cn = attribute(certificate, "CN");
        return cn.isEmpty() ? certificate.getSubjectX500Principal().getName() : cn;
    }

    private static String attribute(X509Certificate certificate, String type) {
        try {
            // Name the title attribute (2.5.4.12), which RFC 2253 output would give only as an OID.
            String name = certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253,
                    java.util.Map.of("2.5.4.12", "T"));
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            return "";
        }
        return "";
    }
}
