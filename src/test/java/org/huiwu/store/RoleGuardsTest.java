// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.access.Permission;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.protocol.Original;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.protocol.ProtocolService;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role against every guarded write of the service layer, on a copy of the sample archive opened with that
 * role's passphrase: what the role may do succeeds (or gets past the guard to the domain's own checks), what it may
 * not is refused with {@link AccessDeniedException} and writes nothing: no journaled save, no backup file, no slot.
 */
class RoleGuardsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
    private static final H2ArchiveAccess ACCESS = new H2ArchiveAccess(KeyDerivation.forTests());

    @TempDir
    static Path shared;
    private static Path sample;
    /** A meeting of the sample as a package, for the import's guard. */
    private static org.huiwu.service.exchange.MeetingPackage PACKAGE;

    @TempDir
    Path temp;

    @BeforeAll
    static void createSample() {
        sample = shared.resolve("sample");
        try (var archive = ACCESS.create(sample, SampleArchive.NAME, Side.CHINA, true, SampleArchive.REPRESENTATIVE,
                SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(archive);
            var session = new org.huiwu.service.ArchiveSession(archive, java.time.Clock.systemUTC());
            PACKAGE = new org.huiwu.service.exchange.MeetingExchange(archive).export(
                    archive.meetings().findAll().get(0).id(), org.huiwu.domain.confidentiality.Recipient.ownInternal(),
                    session.confidentiality()).pack();
        }
    }

    /** A guarded action: what it needs, and how to try it in a session. */
    private record Action(String name, Permission needs, Attempt attempt) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface Attempt {
        void run(ArchiveSession session, Path temp) throws Exception;
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("plan a meeting", Permission.DRAFT, (s, t) -> {
                Meeting any = s.schedule().meetings().get(0);
                s.schedule().save(new Meeting(null, UUID.randomUUID(), any.level(), Bilingual.of("新会晤", "Встреча"),
                        any.start().plusSeconds(86_400L * 900), any.end().plusSeconds(86_400L * 900), any.zone(),
                        any.placeId(), any.hostSide(), org.huiwu.domain.meeting.MeetingStatus.PLANNED, List.of()));
            }),
            new Action("postpone a meeting", Permission.DRAFT, (s, t) -> {
                Meeting any = s.schedule().meetings().get(0);
                s.schedule().cancel(any.id());
            }),
            new Action("save an agenda", Permission.DRAFT, (s, t) -> {
                long meeting = latest(s, MinutesState.DRAFT);
                List<AgendaItem> items = new ArrayList<>(s.agenda().agenda(meeting).items());
                items.add(AgendaItem.create(Bilingual.of("其他", "Разное"), java.time.Duration.ofMinutes(10),
                        Side.CHINA));
                s.agenda().saveAgenda(meeting, new Agenda(items));
            }),
            new Action("save decisions", Permission.DRAFT, (s, t) -> {
                long meeting = latest(s, MinutesState.FINAL);
                s.agenda().saveDecisions(meeting, s.agenda().decisions(meeting));
            }),
            new Action("save minutes", Permission.DRAFT, (s, t) -> {
                MinutesDocument document = new MinutesDocument(s.minutes().current(latest(s, MinutesState.DRAFT)));
                document.insertPair(0);
                s.minutes().save(document.minutes());
            }),
            new Action("record attendance", Permission.DRAFT, (s, t) -> {
                long meeting = latest(s, MinutesState.DRAFT);
                s.minutes().saveAttendance(meeting, s.minutes().attendance(meeting));
            }),
            new Action("save a place", Permission.DRAFT, (s, t) -> s.registers().save(s.registers().places().get(0))),
            new Action("save a person", Permission.DRAFT, (s, t) -> s.registers().save(s.registers().people().get(0))),
            new Action("delete a term", Permission.DRAFT, (s, t) -> s.terms().delete(s.terms().list().get(0).uuid())),
            new Action("import past minutes", Permission.DRAFT, (s, t) -> s.importing().appendTo(
                    latest(s, MinutesState.DRAFT), new org.huiwu.service.importing.ImportPreview("past.tsv", List.of(
                            new org.huiwu.service.importing.ImportedClause("双方同意。", "Стороны согласились.",
                                    java.util.Set.of()))))),
            new Action("import a meeting package", Permission.DRAFT, (s, t) -> {
                try {
                    new org.huiwu.service.exchange.MeetingExchange(s.archive()).importPackage(PACKAGE);
                } catch (org.huiwu.service.exchange.ExchangeException alreadyThere) {
                    // Past the role's guard: the sample holds this meeting already, which refuses it on its own.
                }
            }),
            new Action("export a meeting package", Permission.PRINT_EXPORT, (s, t) ->
                    new org.huiwu.service.exchange.MeetingExchange(s.archive()).export(latest(s, MinutesState.FINAL),
                            org.huiwu.domain.confidentiality.Recipient.otherSide(), s.confidentiality())),
            new Action("agree a pair", Permission.AGREE, (s, t) -> {
                long meeting = latest(s, MinutesState.AGREED);
                MinutesDocument document = new MinutesDocument(s.minutes().current(meeting));
                UUID pair = document.minutes().pairs().get(0).uuid();
                long person = s.minutes().agreers(meeting, RecordLanguage.ZH).get(0).personId();
                s.minutes().agree(document, pair, RecordLanguage.ZH, person);
                s.minutes().save(document.minutes());
            }),
            new Action("finalize minutes", Permission.FINALIZE, (s, t) -> s.minutes().finalizeMinutes(
                    new MinutesDocument(s.minutes().current(latest(s, MinutesState.AGREED))))),
            new Action("reopen final minutes", Permission.FINALIZE, (s, t) ->
                    s.minutes().reopen(latest(s, MinutesState.FINAL))),
            new Action("keep a signed protocol", Permission.SIGN, (s, t) -> {
                try {
                    s.protocols().keepSigned(latest(s, MinutesState.FINAL), new byte[] {1}, Original.CN, 0, "0");
                } catch (ProtocolService.KeepRefused refused) {
                    // Past the role's guard: the domain refuses an unsigned PDF on its own.
                    assertThat(refused.refusal()).isEqualTo(ProtocolService.KeepRefusal.UNSIGNED);
                }
            }),
            new Action("export a protocol", Permission.PRINT_EXPORT, (s, t) ->
                    assertThat(s.protocols().forExport(latest(s, MinutesState.FINAL),
                            org.huiwu.domain.confidentiality.Recipient.otherSide(),
                            org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT)).isNotNull()),
            new Action("print a protocol for the consented third party", Permission.PRINT_EXPORT, (s, t) ->
                    assertThat(s.protocols().release(latest(s, MinutesState.FINAL),
                            org.huiwu.domain.confidentiality.Recipient.thirdParty("SCO RATS"),
                            org.huiwu.service.confidentiality.ConfidentialityService.Way.PRINT).marked()).isTrue()),
            new Action("register an Art. 4 information item", Permission.KEEP_CONFIDENTIAL_REGISTERS, (s, t) ->
                    s.confidentiality().save(org.huiwu.domain.confidentiality.InformationItem.create(
                            org.huiwu.domain.agenda.InformationCategory.SEARCHES, Side.KYRGYZSTAN,
                            java.time.LocalDate.of(2026, 11, 2),
                            org.huiwu.domain.confidentiality.InformationChannel.PHONE,
                            org.huiwu.domain.common.Bilingual.of("搜查", "Розыск")))),
            new Action("register an Art. 4 consent", Permission.KEEP_CONFIDENTIAL_REGISTERS, (s, t) ->
                    s.confidentiality().save(org.huiwu.domain.confidentiality.Consent.create(Side.KYRGYZSTAN,
                            java.time.LocalDate.of(2026, 11, 20), "№ 1", "OSCE",
                            java.util.Set.of(org.huiwu.domain.agenda.InformationCategory.SEARCHES),
                            java.util.Set.of(), null))),
            new Action("write a private note", Permission.WRITE_NOTES, (s, t) -> {
                Meeting meeting = s.schedule().meeting(latest(s, MinutesState.FINAL));
                s.notes().add(meeting.id(), NoteSubject.MEETING, meeting.uuid(), "备注 заметка");
            }),
            new Action("add a user", Permission.MANAGE_USERS, (s, t) -> s.users().add("新用户", Role.ASSISTANT,
                    "new user passphrase".toCharArray(), "new user passphrase".toCharArray())),
            new Action("back up", Permission.MANAGE_BACKUPS, (s, t) -> {
                SettingsService settings = new SettingsService(new PropertiesSettingsStore(t.resolve("config"),
                        Locale.ENGLISH));
                settings.update(settings.current().withBackup(new BackupSettings(t.resolve("backups"), 5, false,
                        false)));
                new BackupService(new H2Backups(ACCESS), settings, CLOCK).backupTo(s.archive(),
                        t.resolve("b.hwbackup"), done -> { });
            }),
            new Action("read the audit trail", Permission.READ_AUDIT, (s, t) -> assertThat(
                    s.auditing(new org.huiwu.service.audit.AuditAnchors(null, pdf -> java.util.Optional.empty()))
                            .entries(org.huiwu.service.audit.AuditFilter.ALL)).isNotNull()));

    private static long latest(ArchiveSession session, MinutesState state) {
        return session.schedule().meetings().stream()
                .filter(m -> !session.minutes().versions(m.id()).isEmpty())
                .filter(m -> session.minutes().current(m.id()).state() == state)
                .map(Meeting::id).reduce((a, b) -> b).orElseThrow();
    }

    static Stream<Arguments> everyRoleAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : ACTIONS) {
                cases.add(Arguments.of(role, action));
            }
        }
        return cases.stream();
    }

    private static String passphraseOf(Role role) {
        return role == Role.REPRESENTATIVE ? SampleArchive.PASSPHRASE : Stream.of(SampleArchive.SampleUser.values())
                .filter(user -> user.role() == role).findFirst().orElseThrow().passphrase();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAndAction")
    void aRoleDoesWhatItMayAndIsRefusedTheRestWithoutAWrite(Role role, Action action) throws Exception {
        Path copy = temp.resolve("archive");
        copyFolder(sample, copy);
        List<org.huiwu.store.crypto.KeySlot> slotsBefore = ArchiveHeader.read(copy).orElseThrow().slots();
        try (ArchiveSession session = new ArchiveSession(ACCESS.open(copy, passphraseOf(role).toCharArray()),
                CLOCK)) {
            assertThat(session.actor().role()).isEqualTo(role);
            H2Archive archive = (H2Archive) session.archive();
            // Opening may save on its own (the first session seeds the termbase): counted from here.
            int savesBefore = archive.journalEntries();

            if (role.may(action.needs())) {
                action.attempt().run(session, temp);
                if (EnumSet.of(Permission.PRINT_EXPORT, Permission.SIGN, Permission.MANAGE_BACKUPS,
                        Permission.READ_AUDIT)
                        .contains(action.needs()) || action.name().equals("import a meeting package")) {
                    return;
                }
                assertThat(archive.journalEntries()).as("the allowed write was saved").isGreaterThan(savesBefore);
            } else {
                assertThatThrownBy(() -> action.attempt().run(session, temp))
                        .isInstanceOf(AccessDeniedException.class)
                        .satisfies(e -> assertThat(((AccessDeniedException) e).permission())
                                .isEqualTo(action.needs()));
                assertThat(archive.journalEntries()).as("saves after the refusal").isEqualTo(savesBefore);
                assertThat(temp.resolve("b.hwbackup")).doesNotExist();
                assertThat(ArchiveHeader.read(copy).orElseThrow().slots()).extracting(s -> s.number())
                        .isEqualTo(slotsBefore.stream().map(s -> s.number()).toList());
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
