// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditAnchor;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.protocol.SignedProtocol;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.backup.BackupService;

/**
 * Finds the anchors kept outside the trail: in the archive's backups (the folder the app backs up into) and in the
 * signed protocol PDFs the archive keeps. A file without an anchor (made before the trail existed) is left out.
 */
public final class AuditAnchors {

    private final BackupService backups;
    private final Function<byte[], Optional<AuditAnchor>> protocolAnchor;
    private final Function<byte[], Optional<java.time.Instant>> protocolMade;

    /** @param protocolAnchor reads the anchor a protocol PDF carries (the pdf package knows how) */
    public AuditAnchors(BackupService backups, Function<byte[], Optional<AuditAnchor>> protocolAnchor) {
        this(backups, protocolAnchor, pdf -> Optional.empty());
    }

    /** @param protocolMade reads when a protocol PDF was made (its creation date) */
    public AuditAnchors(BackupService backups, Function<byte[], Optional<AuditAnchor>> protocolAnchor,
                        Function<byte[], Optional<java.time.Instant>> protocolMade) {
        this.backups = backups;
        this.protocolAnchor = protocolAnchor;
        this.protocolMade = protocolMade;
    }

    /** An archive's backups in the chosen folder, then its signed protocols. */
    public List<AnchorSource> of(OpenArchive archive) {
        List<AnchorSource> found = new ArrayList<>();
        for (Path file : backups.backups(archive.info().uuid())) {
            backup(file).ifPresent(found::add);
        }
        for (Meeting meeting : archive.meetings().findAll()) {
            for (SignedProtocol signed : archive.signedProtocols().ofMeeting(meeting.id())) {
                protocolAnchor.apply(signed.pdf()).ifPresent(anchor -> found.add(new AnchorSource(
                        AnchorSource.Kind.PROTOCOL, meeting.localStart().toLocalDate() + " "
                        + signed.original().name() + " " + signed.sha256().substring(0, 12), anchor,
                        protocolMade.apply(signed.pdf()))));
            }
        }
        return found;
    }

    /** The anchor in a backup's header, if it has one; {@link org.huiwu.service.backup.BackupException} if unreadable. */
    public Optional<AnchorSource> backup(Path file) {
        return backups.auditAnchorSource(file);
    }

    /** The anchor in a protocol PDF's metadata, if it has one. */
    public Optional<AnchorSource> protocol(Path file) throws IOException {
        byte[] pdf = Files.readAllBytes(file);
        return protocolAnchor.apply(pdf).map(anchor -> new AnchorSource(
                AnchorSource.Kind.PROTOCOL, file.getFileName().toString(), anchor, protocolMade.apply(pdf)));
    }
}
