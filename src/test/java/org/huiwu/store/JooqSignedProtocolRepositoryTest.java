// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.SignedProtocol;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed protocol is kept like any save, and the minutes version it was made from is frozen by the store. */
class JooqSignedProtocolRepositoryTest {

    private static final char[] PASSPHRASE = "签署 подписано passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-28T04:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    private static Minutes finalMinutes(H2Archive archive, long[] meetingId) {
        for (Meeting meeting : archive.meetings().findAll()) {
            var latest = archive.minutes().latest(meeting.id());
            if (latest.isPresent() && latest.get().isFinal()) {
                meetingId[0] = meeting.id();
                return latest.get();
            }
        }
        throw new AssertionError("the sample has final minutes");
    }

    @Test
    void theStoreRefusesToChangeSignedMinutesAlsoAfterTheDatabaseLostTheSigningAndTheJournalBroughtItBack() {
        Path folder = temp.resolve("a");
        byte[] pdf = "%PDF-1.7 signed protocol bytes".getBytes(StandardCharsets.ISO_8859_1);
        UUID signedUuid = UUID.randomUUID();
        UUID meetingUuid;
        Minutes frozen;
        try (H2Archive archive = (H2Archive) access.create(folder, "签署", Side.CHINA, false, PASSPHRASE.clone())) {
            SampleArchive.fill(archive);
            long[] meetingId = new long[1];
            frozen = finalMinutes(archive, meetingId);
            meetingUuid = archive.meetings().findById(meetingId[0]).orElseThrow().uuid();
            // Before signing, the final version can still be stored again (e.g. by a replayed save).
            archive.minutes().save(frozen);

            archive.signedProtocols().save(new SignedProtocol(signedUuid, meetingId[0], frozen.uuid(), Original.CN,
                    2, "ab".repeat(32), pdf, AT));
            archive.trustedCertificates().add(new org.huiwu.domain.protocol.TrustedCertificate("cd".repeat(32),
                    new byte[] {1, 2, 3}, "CN=Kept", AT));
            archive.trustedCertificates().add(new org.huiwu.domain.protocol.TrustedCertificate("ef".repeat(32),
                    new byte[] {4}, "CN=Removed", AT));
            archive.trustedCertificates().remove("ef".repeat(32));

            assertThatThrownBy(() -> archive.minutes().save(frozen))
                    .isInstanceOfSatisfying(ArchiveException.class,
                            e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.SIGNED));
            Minutes next = frozen.reopened();
            assertThat(archive.minutes().save(next).version()).isEqualTo(frozen.version() + 1);
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            long meetingId = StoreFixture.meetingId(reopened, meetingUuid);
            assertThat(reopened.signedProtocols().ofMeeting(meetingId)).singleElement().satisfies(kept -> {
                assertThat(kept.uuid()).isEqualTo(signedUuid);
                assertThat(kept.pdf()).isEqualTo(pdf);
                assertThat(kept.minutesVersion()).isEqualTo(frozen.uuid());
                assertThat(kept.storedAt()).isEqualTo(AT);
            });
            Minutes back = reopened.minutes().versions(meetingId).stream()
                    .filter(v -> v.uuid().equals(frozen.uuid())).findFirst().orElseThrow();
            assertThatThrownBy(() -> reopened.minutes().save(back)).isInstanceOf(ArchiveException.class);
            assertThat(reopened.trustedCertificates().all()).singleElement().satisfies(kept -> {
                assertThat(kept.subject()).isEqualTo("CN=Kept");
                assertThat(kept.der()).containsExactly(1, 2, 3);
            });
            assertThat(reopened.minutes().latest(meetingId).orElseThrow().version()).isEqualTo(frozen.version() + 1);
        }
    }
}
