// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
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

/**
 * Signing with a key on a PKCS#11 token, as with a smart card: SoftHSM2 from Debian's packages stands in for the
 * card. Without SoftHSM2 this test fails; it never skips.
 */
class Pkcs11SigningTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");

    @TempDir
    Path home;

    @Test
    void aKeyOnATokenSignsTheProtocolAndAWrongPinIsRefused() throws Exception {
        assertThat(LIBRARY).as("SoftHSM2 (Debian package softhsm2) must be installed for this test").exists();
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF, set by the build").isNotBlank();
        Path tokens = Path.of(conf).getParent().resolve("tokens");
        if (Files.exists(tokens)) {
            try (var walk = Files.walk(tokens)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\n");
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "huiwu-test",
                "--pin", "123456", "--so-pin", "12345678").redirectErrorStream(true).start();
        String initOutput = new String(init.getInputStream().readAllBytes());
        assertThat(init.waitFor()).as(initOutput).isZero();

        Path config = home.resolve("token.cfg");
        Files.writeString(config, "name = HuiwuTestToken\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n");
        Instant from = NOW.minus(Duration.ofDays(100));
        TestKeys.Holder representative = TestKeys.signer("CN=Token Holder", TestKeys.rsa(), null, from,
                NOW.plus(Duration.ofDays(100)));
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, "123456".toCharArray());
        token.setKeyEntry("rep", representative.key(), null, representative.chain());

        Path original = home.resolve("p.pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(ProtocolPdfTest.protocol(false), Original.KG, ProtocolLayout.PARALLEL, bytes);
        Files.write(original, bytes.toByteArray());
        Path pin = home.resolve("pin.txt");
        Files.writeString(pin, "123456\n");
        Path signed = home.resolve("signed.pdf");

        CommandResult sign = run("protocol", "sign", "--in", original.toString(), "--out", signed.toString(),
                "--pkcs11", config.toString(), "--password-file", pin.toString());
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("sign-kg").contains("Token Holder");

        Path trust = home.resolve("holder.pem");
        Files.writeString(trust, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(representative.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        CommandResult verify = run("protocol", "verify", signed.toString(), "--trust", trust.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();

        // A PKCS#11 login holds for the whole process; each command run is its own process in real use.
        ((java.security.AuthProvider) provider).logout();
        Files.writeString(pin, "000000\n");
        CommandResult wrong = run("protocol", "sign", "--in", original.toString(), "--out",
                home.resolve("no.pdf").toString(), "--pkcs11", config.toString(), "--password-file", pin.toString());
        assertThat(wrong.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(wrong.err()).contains("Wrong password or PIN");
        assertThat(home.resolve("no.pdf")).doesNotExist();
    }

    private CommandResult run(String... args) {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(NOW, ZoneId.of("Asia/Bishkek")), Locale.ENGLISH, KeyDerivation.forTests());
        return CommandResult.run(context, args);
    }
}
