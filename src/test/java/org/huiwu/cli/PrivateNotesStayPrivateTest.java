// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.app.AppContext;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.service.ArchiveSession;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private notes never leave the archive: not in either original of the protocol PDF, not in the meeting export. Run
 * as a user runs it (sample archive, then protocol export and meeting export), with the clause a note is written on
 * found in both outputs, so an absent note means the outputs leave it out and not that the test reads nothing.
 */
class PrivateNotesStayPrivateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));
    private static final String PAIR_NOTE = "绝密备注甲 Ң Ө Ү заметка-один";
    private static final String ITEM_NOTE = "议程私人备注乙 заметка-два";
    private static final String DECISION_NOTE = "决定私人备注丙 заметка-три";
    private static final String MEETING_NOTE = "会晤私人备注丁 заметка-четыре";

    @TempDir
    Path home;

    @Test
    void notesOnAClauseAnItemADecisionAndTheMeetingAreInNeitherTheProtocolNorTheExport() throws IOException {
        Path sample = home.resolve("sample");
        Path passphrase = home.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        assertThat(run("sample", "--archive", sample.toString()).exitCode()).isZero();
        long meetingId;
        String clauseStart;
        try (ArchiveSession session = context().openSession(sample, "sample".toCharArray())) {
            Meeting meeting = session.schedule().meetings().stream()
                    .filter(m -> session.minutes().versions(m.id()).stream().anyMatch(v -> v.isFinal()))
                    .filter(m -> !session.agenda().decisions(m.id()).isEmpty())
                    .findFirst().orElseThrow();
            meetingId = meeting.id();
            AlignedPair pair = session.minutes().current(meetingId).pairs().get(0);
            Decision decision = session.agenda().decisions(meetingId).get(0);
            clauseStart = pair.zh().text().substring(0, Math.min(6, pair.zh().text().length()));
            session.notes().add(meetingId, NoteSubject.PAIR, pair.uuid(), PAIR_NOTE);
            session.notes().add(meetingId, NoteSubject.AGENDA_ITEM,
                    session.agenda().agenda(meetingId).items().get(0).uuid(), ITEM_NOTE);
            session.notes().add(meetingId, NoteSubject.DECISION, decision.uuid(), DECISION_NOTE);
            session.notes().add(meetingId, NoteSubject.MEETING, meeting.uuid(), MEETING_NOTE);
            assertThat(session.notes().ofMeeting(meetingId)).hasSize(4);
        }

        Path pdfs = Files.createDirectory(home.resolve("pdf"));
        CommandResult protocol = run("protocol", "export", "--recipient", "other-side", "--archive", sample.toString(), "--passphrase-file",
                passphrase.toString(), "--meeting", String.valueOf(meetingId), "--original", "both", "--out",
                pdfs.toString());
        assertThat(protocol.exitCode()).as(protocol.err()).isZero();
        Path json = home.resolve("meeting.json");
        CommandResult export = run("meeting", "export", "--recipient", "other-side", "--archive", sample.toString(), "--passphrase-file",
                passphrase.toString(), "--meeting", String.valueOf(meetingId), "--out", json.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        try (var files = Files.list(pdfs)) {
            for (Path pdf : files.toList()) {
                String text = withoutSpaces(pdfText(pdf));
                assertThat(text).as(pdf.toString()).contains(withoutSpaces(clauseStart));
                assertNoNote(text);
            }
        }
        String exported = Files.readString(json, UTF_8);
        assertThat(exported).contains(clauseStart);
        assertNoNote(exported);
    }

    private static void assertNoNote(String text) {
        for (String note : new String[] {PAIR_NOTE, ITEM_NOTE, DECISION_NOTE, MEETING_NOTE}) {
            // Any distinctive part of the note would be a leak, not only the whole text.
            for (String part : note.split(" ")) {
                if (part.length() > 2) {
                    assertThat(text).doesNotContain(withoutSpaces(part));
                }
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** PDF text extraction breaks lines and may space CJK characters; compare without whitespace. */
    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private AppContext context() {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK, Locale.ENGLISH,
                KeyDerivation.forTests());
    }

    private CommandResult run(String... args) {
        return CommandResult.run(context(), args);
    }
}
