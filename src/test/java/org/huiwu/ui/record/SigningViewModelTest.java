// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.huiwu.app.AppContext;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.signature.TestKeys;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing and verifying from the protocol tab, on the sample archive, without a toolkit. */
class SigningViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<Problem> problems = new ArrayList<>();

    @TempDir
    Path home;
    private ArchiveSession session;
    private SigningViewModel signing;
    private ProtocolViewModel protocol;
    private TestKeys.Holder representative;
    private Path keystore;

    @BeforeEach
    void openSample() throws Exception {
        AppContext context = UiTestArchive.context(home);
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        Clock clock = Clock.fixed(UiTestArchive.NOW, ZoneId.of("Asia/Bishkek"));
        signing = new SigningViewModel(session.protocols(), session.trust(), english, clock, Runnable::run, Runnable::run);
        signing.onProblem(problems::add);
        protocol = new ProtocolViewModel(session.protocols(), session.minutes().homeSide(), english, Runnable::run,
                Runnable::run, null);
        Instant now = UiTestArchive.NOW;
        representative = TestKeys.signer("CN=Wang Jianguo", TestKeys.rsa(), null, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(300)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("rep", representative.key(), "secret".toCharArray(), representative.chain());
        keystore = home.resolve("wang.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "secret".toCharArray());
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long meetingWhere(boolean finalMinutes) {
        return UiTestArchive.latestMeetingWithMinutes(session, finalMinutes);
    }

    private SigningViewModel.KeyChoice key() {
        return new SigningViewModel.KeyChoice(SigningViewModel.KeySource.FILE, keystore, "");
    }

    @Test
    void theShownOriginalIsSignedKeptInTheArchiveSavedAndThePasswordWiped() throws Exception {
        long meeting = meetingWhere(true);
        protocol.show(meeting);
        assertThat(protocol.signableProperty().get()).isTrue();
        Path out = home.resolve("out").resolve(SigningViewModel.signedFileName(protocol.suggestedFileName()));
        char[] secret = "secret".toCharArray();
        boolean[] done = {false};

        signing.sign(protocol.shownPdf(), key(), secret, out, () -> done[0] = true);

        assertThat(problems).isEmpty();
        assertThat(done[0]).isTrue();
        assertThat(secret).containsOnly('\0');
        assertThat(out.getFileName().toString()).endsWith("-cn-signed.pdf");
        byte[] signed = Files.readAllBytes(out);
        assertThat(session.protocols().signedProtocols(meeting)).singleElement()
                .satisfies(kept -> assertThat(kept.pdf()).isEqualTo(signed));
        assertThat(signing.outcomeProperty().get()).contains(out.toString());

        Path trust = home.resolve("wang.pem");
        Files.writeString(trust, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(representative.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        signing.verify(out, List.of(trust));
        assertThat(signing.verdictValidProperty().get()).as(signing.verdictProperty().get()).isTrue();
        assertThat(signing.verdictProperty().get()).contains("sign-cn").contains("integrity: intact")
                .contains("identity: trusted").contains("revocation: not checked");
        signing.verify(out, List.of());
        assertThat(signing.verdictValidProperty().get()).isFalse();
        assertThat(signing.verdictProperty().get()).contains("NOT trusted");

        // Trusted in the archive once, the certificate no longer needs choosing.
        signing.importTrusted(trust);
        assertThat(signing.outcomeProperty().get()).contains("now trusts 1");
        assertThat(session.trust().trusted()).hasSize(1);
        signing.verify(out, List.of());
        assertThat(signing.verdictValidProperty().get()).as(signing.verdictProperty().get()).isTrue();
        // A received file whose signature was broken is not countersigned.
        byte[] broken = signed.clone();
        broken[broken.length / 3] ^= 0x20;
        signing.sign(broken, key(), "secret".toCharArray(), home.resolve("countersigned.pdf"), () -> { });
        assertThat(problems).singleElement().extracting(Problem::details)
                .isEqualTo(english.get("signing.earlierBroken"));
        assertThat(home.resolve("countersigned.pdf")).doesNotExist();
        problems.clear();

        signing.importTrusted(home.resolve("wang.p12"));
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("signing.trust.failed.headline"));
    }

    @Test
    void aWrongPasswordADraftOrAnotherFileAreRefusedInTheUsersWordsAndNothingIsKept() throws Exception {
        long meeting = meetingWhere(true);
        protocol.show(meeting);
        Path out = home.resolve("signed.pdf");
        char[] wrong = "wrong".toCharArray();

        signing.sign(protocol.shownPdf(), key(), wrong, out, () -> { });

        assertThat(wrong).containsOnly('\0');
        assertThat(problems).singleElement().extracting(Problem::details)
                .isEqualTo(english.get("cli.sign.wrongPassword"));
        assertThat(out).doesNotExist();
        assertThat(session.protocols().signedProtocols(meeting)).isEmpty();

        protocol.show(meetingWhere(false));
        assertThat(protocol.signableProperty().get()).isFalse();
        signing.sign(protocol.shownPdf(), key(), "secret".toCharArray(), out, () -> { });
        assertThat(problems).last().extracting(Problem::details).isEqualTo(english.get("signing.notAProtocol"));

        signing.sign("not a pdf".getBytes(), key(), "secret".toCharArray(), out, () -> { });
        assertThat(problems).last().extracting(Problem::details).isEqualTo(english.get("signing.notAProtocol"));
        assertThat(out).doesNotExist();
        assertThat(signing.busyProperty().get()).isFalse();
    }
}
