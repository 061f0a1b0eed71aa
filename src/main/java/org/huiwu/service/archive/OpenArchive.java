// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.parity.TermRepository;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.PlaceRepository;

/** An archive opened for work: its identity and its repositories. Closing it releases the files. */
public interface OpenArchive extends AutoCloseable {

    ArchiveInfo info();

    /** The folder the archive lives in. */
    java.nio.file.Path folder();

    PlaceRepository places();

    PersonRepository people();

    MeetingRepository meetings();

    MinutesRepository minutes();

    AgendaRepository agendas();

    DecisionRepository decisions();

    AttendanceRepository attendance();

    /** The termbase. */
    TermRepository terms();

    /** The parity findings users dismissed. */
    org.huiwu.domain.parity.DismissalRepository dismissals();

    /** Signed protocol PDFs; a minutes version they were made from can no longer be saved. */
    org.huiwu.domain.protocol.SignedProtocolRepository signedProtocols();

    /** Certificates the archive trusts for verifying signed protocols. */
    org.huiwu.domain.protocol.TrustedCertificateRepository trustedCertificates();

    /** The private notes of this archive's side: never in a protocol or an export. */
    org.huiwu.domain.note.PrivateNoteRepository notes();

    /** The audit trail: appended to and read, never changed. */
    org.huiwu.domain.audit.AuditRepository audit();

    /** The Art. 4 registers: information items received and the providing side's consents. */
    org.huiwu.domain.confidentiality.ConfidentialityRepository confidentiality();

    /**
     * Calls the listener with a meeting's UUID after every confirmed save that changed its record (the meeting, its
     * minutes, agenda, decisions, attendance or a signed protocol), on the saving thread: it must return quickly.
     */
    void onMeetingSaved(java.util.function.Consumer<java.util.UUID> listener);

    /**
     * The archive's search index, encrypted with a key of its own derived from the archive's; opened on first use
     * (started empty when missing or damaged) and closed with the archive.
     */
    org.huiwu.service.search.SearchIndex searchIndex();

    /** The archive's users and who opened it (the owner of the key slot the passphrase opened). */
    default ArchiveUsers users() {
        return ArchiveUsers.unmanaged();
    }

    @Override
    void close();
}
