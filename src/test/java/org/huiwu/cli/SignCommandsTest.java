// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.pdf.protocol.ProtocolPdfTest;
import org.huiwu.pdf.signature.TestKeys;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** protocol sign and protocol verify as the representatives and a reviewer run them. */
class SignCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");

    @TempDir
    Path home;

    private CommandResult run(String... args) {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(NOW, ZoneId.of("Asia/Bishkek")), Locale.ENGLISH, KeyDerivation.forTests());
        return CommandResult.run(context, args);
    }

    private Path keystore(String name, TestKeys.Holder holder, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("rep", holder.key(), password.toCharArray(), holder.chain());
        Path file = home.resolve(name + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static KeyStore loaded(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private Path pem(String name, java.security.cert.X509Certificate certificate) throws Exception {
        Path file = home.resolve(name + ".pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    @Test
    void bothSideSignInTurnAndVerifyGivesTheThreeAnswersAndTheExitCodes() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(300));
        Instant to = NOW.plus(Duration.ofDays(300));
        TestKeys.Holder ca = TestKeys.ca("CN=Test CA", from, to);
        TestKeys.Holder wang = TestKeys.signer("CN=Wang Jianguo", TestKeys.rsa(), ca, from, to);
        TestKeys.Holder omurbekov = TestKeys.signer("CN=Omurbekov", TestKeys.ec(), null, from, to);
        Path cnKeys = keystore("wang", wang, "wang-secret");
        Path kgKeys = keystore("omurbekov", omurbekov, "kg-secret");
        Path cnPassword = home.resolve("cn.txt");
        Files.writeString(cnPassword, "wang-secret\n");
        Path kgPassword = home.resolve("kg.txt");
        Files.writeString(kgPassword, "kg-secret\n");
        Path original = home.resolve("2026-T-007-cn.pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(ProtocolPdfTest.protocol(false), Original.CN, ProtocolLayout.PARALLEL, bytes);
        Files.write(original, bytes.toByteArray());
        Path once = home.resolve("once.pdf");
        Path twice = home.resolve("twice.pdf");

        CommandResult first = run("protocol", "sign", "--in", original.toString(), "--out", once.toString(),
                "--keystore", cnKeys.toString(), "--alias", "rep", "--password-file", cnPassword.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("sign-cn").contains("Wang Jianguo");
        CommandResult second = run("protocol", "sign", "--in", once.toString(), "--out", twice.toString(),
                "--keystore", kgKeys.toString(), "--alias", "rep", "--password-file", kgPassword.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("sign-kg");

        CommandResult valid = run("protocol", "verify", twice.toString(), "--trust", pem("ca", ca.certificate())
                .toString(), pem("kg", omurbekov.certificate()).toString());
        assertThat(valid.exitCode()).as(valid.out() + valid.err()).isZero();
        assertThat(valid.out()).contains("integrity: intact").contains("identity: trusted")
                .contains("revocation: not checked (offline").contains("The protocol is VALID");

        CommandResult untrusted = run("protocol", "verify", twice.toString(), "--json");
        assertThat(untrusted.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(untrusted.out()).contains("\"identity\": \"untrusted\"").contains("\"file_valid\": false");

        Path wrong = home.resolve("wrong.txt");
        Files.writeString(wrong, "not-the-password\n");
        CommandResult refused = run("protocol", "sign", "--in", once.toString(), "--out",
                home.resolve("x.pdf").toString(), "--keystore", kgKeys.toString(), "--alias", "rep",
                "--password-file", wrong.toString());
        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(refused.err()).contains("Wrong password or PIN");
        assertThat(home.resolve("x.pdf")).doesNotExist();

        CommandResult taken = run("protocol", "sign", "--in", twice.toString(), "--out",
                home.resolve("y.pdf").toString(), "--keystore", cnKeys.toString(), "--alias", "rep",
                "--password-file", cnPassword.toString());
        assertThat(taken.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(taken.err()).contains("no empty signature field");

        Path notPdf = home.resolve("notes.pdf");
        Files.writeString(notPdf, "just text");
        assertThat(run("protocol", "verify", notPdf.toString()).exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(run("protocol", "verify", home.resolve("missing.pdf").toString()).exitCode())
                .isEqualTo(HuiwuCommand.ERROR);
    }

    @Test
    void signingWithAnArchiveKeepsThePdfThereWithTheMinutesVersionItWasMadeFrom() throws Exception {
        Path sample = home.resolve("sample");
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        assertThat(run("sample", "--archive", sample.toString()).exitCode()).isZero();
        long finalId;
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(NOW, ZoneId.of("Asia/Bishkek")), Locale.ENGLISH, KeyDerivation.forTests());
        try (var session = context.openSession(sample, "sample".toCharArray())) {
            finalId = session.schedule().meetings().stream()
                    .filter(m -> !session.minutes().versions(m.id()).isEmpty())
                    .filter(m -> session.minutes().current(m.id()).isFinal())
                    .map(m -> m.id()).reduce((a, b) -> b).orElseThrow();
        }
        Path original = home.resolve("original.pdf");
        assertThat(run("protocol", "export", "--recipient", "other-side", "--meeting", String.valueOf(finalId), "--original", "kg", "--out",
                original.toString(), "--archive", sample.toString(), "--passphrase-file", passphrase.toString())
                .exitCode()).isZero();
        Instant from = NOW.minus(Duration.ofDays(10));
        Path keys = keystore("kg", TestKeys.signer("CN=Omurbekov", TestKeys.ec(), null, from,
                NOW.plus(Duration.ofDays(10))), "kg-secret");
        Path password = home.resolve("kg.txt");
        Files.writeString(password, "kg-secret\n");
        Path signed = home.resolve("signed.pdf");

        CommandResult sign = run("protocol", "sign", "--in", original.toString(), "--out", signed.toString(),
                "--keystore", keys.toString(), "--alias", "rep", "--password-file", password.toString(),
                "--archive", sample.toString(), "--passphrase-file", passphrase.toString());

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("sign-kg").contains("Kept in the archive");
        try (var session = context.openSession(sample, "sample".toCharArray())) {
            var kept = session.protocols().signedProtocols(finalId);
            assertThat(kept).singleElement().satisfies(one -> {
                assertThat(one.pdf()).isEqualTo(Files.readAllBytes(signed));
                assertThat(one.signatures()).isEqualTo(1);
            });
            // That the store then refuses to change that minutes version: JooqSignedProtocolRepositoryTest.
            assertThat(kept.get(0).minutesVersion()).isEqualTo(session.minutes().current(finalId).uuid());
        }
        // Untrusted until the archive trusts the signer, then valid with --archive alone.
        assertThat(run("protocol", "verify", signed.toString()).exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        try (var session = context.openSession(sample, "sample".toCharArray())) {
            session.trust().trust((java.security.cert.X509Certificate) loaded(keys, "kg-secret")
                    .getCertificate("rep"));
        }
        CommandResult trusted = run("protocol", "verify", signed.toString(), "--archive", sample.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(trusted.exitCode()).as(trusted.out() + trusted.err()).isZero();
    }
}
