// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleConsumer;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.place.Place;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/**
 * Importing minutes written before Huiwu: read a Word table or a TSV into a preview (nothing saved), then append the
 * previewed clauses to a meeting's minutes, an existing meeting or one created for them.
 *
 * <p>Imported texts are drafts of the home side with no named author, written now: {@link Provenance} records no
 * more than that (a separate "imported" mark would need a new column), and neither side has agreed them in Huiwu.
 */
public final class MinutesImport {

    /** Larger files are refused before they are read: past minutes are text, a few MB even for years of them. */
    public static final long LARGEST_FILE = 50L * 1024 * 1024;

    /** The time a created meeting is given when only its date is known (at its place). */
    private static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

    private final MinutesService minutes;
    private final ScheduleService schedule;
    private final RegisterService registers;
    private final java.util.function.Consumer<Minutes> saved;

    /** @param saved told of the minutes after each import, as the editor tells the translation memory */
    public MinutesImport(MinutesService minutes, ScheduleService schedule, RegisterService registers,
                         java.util.function.Consumer<Minutes> saved) {
        this.minutes = minutes;
        this.schedule = schedule;
        this.registers = registers;
        this.saved = saved;
    }

    /** What a new meeting for imported minutes is created with. */
    public record NewMeeting(LocalDate date, MeetingLevel level, long placeId, Bilingual title) {
        public NewMeeting {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(title, "title");
        }
    }

    /** The outcome: the meeting the clauses went into and how many. */
    public record Imported(Meeting meeting, int pairs, Minutes minutes) {
    }

    /**
     * Reads a file into a preview; saves nothing. A Word file is recognised by its content, whatever its name; any
     * other file named .docx or .doc is refused as not a Word file, everything else is read as a TSV.
     *
     * @param progress told 0..1 while rows are paired, -1 while the file is opened
     */
    public static ImportPreview read(Path file, DoubleConsumer progress) throws ImportException {
        String lower = checkedSize(file).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".doc") || looksLikeOffice(file)) {
            return DocxMinutes.read(file, progress);
        }
        return readTsvUnchecked(file, progress);
    }

    /** Reads a Word file; anything else is refused as not a Word file. */
    public static ImportPreview readDocx(Path file, DoubleConsumer progress) throws ImportException {
        checkedSize(file);
        return DocxMinutes.read(file, progress);
    }

    /** Reads a TSV of pairs, whatever the file is named. */
    public static ImportPreview readTsv(Path file, DoubleConsumer progress) throws ImportException {
        checkedSize(file);
        return readTsvUnchecked(file, progress);
    }

    private static ImportPreview readTsvUnchecked(Path file, DoubleConsumer progress) throws ImportException {
        String name = file.getFileName().toString();
        try {
            return TsvMinutes.read(name, Files.readAllBytes(file), progress);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
    }

    /** Refuses a file too large to be minutes before anything of it is read; returns its name. */
    private static String checkedSize(Path file) throws ImportException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
        if (size > LARGEST_FILE) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, name, LARGEST_FILE / (1024 * 1024));
        }
        return name;
    }

    /** A zip (DOCX) or OLE2 (.doc, encrypted DOCX) signature at the start, so a DOCX named .txt is still read right. */
    private static boolean looksLikeOffice(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ((head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                    || ((head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && head[2] == 0x11
                    && (head[3] & 0xff) == 0xe0));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Appends the previewed clauses to the newest minutes of a meeting, as one save. Final minutes refuse (reopen
     * them first), as do signed ones (the store refuses those); then nothing changes.
     */
    public Imported appendTo(long meetingId, ImportPreview preview) {
        Meeting meeting = schedule.meeting(meetingId);
        Minutes current = minutes.current(meetingId);
        if (current.isFinal()) {
            throw new MinutesException(MinutesException.Reason.FINAL, current.uuid().toString());
        }
        Provenance imported = minutes.provenance(null);
        List<AlignedPair> pairs = new ArrayList<>(current.pairs());
        for (ImportedClause clause : preview.clauses()) {
            pairs.add(new AlignedPair(UUID.randomUUID(), side(clause.zh(), imported), side(clause.ru(), imported)));
        }
        Minutes stored = minutes.save(new Minutes(current.uuid(), meetingId, current.version(), current.state(),
                pairs));
        saved.accept(stored);
        return new Imported(meeting, preview.clauses().size(), stored);
    }

    private static PairSide side(String text, Provenance by) {
        return text.isEmpty() ? PairSide.EMPTY : new PairSide(text, by, null);
    }

    /**
     * Creates a held meeting on the given day at its place (10:00–17:00 there) and appends the clauses to its
     * minutes. The file was read before, so a bad file never leaves an empty meeting behind.
     */
    public Imported intoNewMeeting(NewMeeting request, ImportPreview preview) {
        Place place = registers.places().stream().filter(p -> p.id() == request.placeId()).findFirst()
                .orElse(null);
        java.time.ZoneId zone = place == null ? java.time.ZoneOffset.UTC : place.zone();
        ZonedDateTime start = request.date().atTime(DEFAULT_START).atZone(zone);
        ZonedDateTime end = request.date().atTime(DEFAULT_END).atZone(zone);
        boolean past = start.toInstant().isBefore(schedule.clock().instant());
        // ScheduleService.save checks the rules and refuses a place that does not exist.
        Meeting meeting = schedule.save(new Meeting(null, UUID.randomUUID(), request.level(), request.title(),
                start.toInstant(), end.toInstant(), zone, request.placeId(),
                place == null ? minutes.homeSide() : place.side(),
                past ? MeetingStatus.HELD : MeetingStatus.PLANNED, List.of()));
        return appendTo(meeting.id(), preview);
    }

    /**
     * What a new meeting is proposed with: today, talks at the place of the latest meeting (else the first place in
     * the register), titled after the file. Null place id when the register has no place.
     */
    public NewMeeting proposal(String fileName) {
        List<Place> places = registers.places();
        Long placeId = schedule.meetings().stream().max(Comparator.comparing(Meeting::start))
                .map(Meeting::placeId).filter(id -> places.stream().anyMatch(p -> p.id() == id))
                .or(() -> places.stream().map(Place::id).findFirst()).orElse(-1L);
        return new NewMeeting(java.time.LocalDate.now(schedule.clock()), MeetingLevel.TALKS, placeId,
                titleFor(fileName));
    }

    /** A record's title, the same whatever the UI language: the file's name under both languages' word for import. */
    public static Bilingual titleFor(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        return Bilingual.of("导入的纪要：" + stem, "Импортированный протокол: " + stem);
    }

    /** The places a new meeting may be held at, for a picker. */
    public List<Place> places() {
        return registers.places();
    }
}
