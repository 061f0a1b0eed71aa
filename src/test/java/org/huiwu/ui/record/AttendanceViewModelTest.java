// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attendance tab's view model on in-memory repositories, without a JavaFX toolkit. */
class AttendanceViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private RecordFixture archive;
    private RecordFixture.Reported problems;

    @BeforeEach
    void plan() {
        archive = new RecordFixture();
        problems = new RecordFixture.Reported();
    }

    private AttendanceViewModel shown(Messages messages) {
        AttendanceViewModel attendance = new AttendanceViewModel(archive.minutes, archive.registerService,
                messages);
        attendance.onProblem(problems::add);
        attendance.show(archive.current.id());
        return attendance;
    }

    private static AttendeeRow row(AttendanceViewModel attendance, Side side, long personId) {
        return attendance.of(side).stream().filter(r -> r.personId() == personId).findFirst().orElseThrow();
    }

    private Attendance stored() {
        return archive.attendance.of(archive.current.id()).orElseThrow();
    }

    @Test
    void beforeAnythingIsRecordedThePlannedDelegationIsShownPresentAndTheOthersOfEachSideFollow() {
        AttendanceViewModel attendance = shown(english);

        assertThat(attendance.of(Side.CHINA)).extracting(AttendeeRow::nameZh, AttendeeRow::nameRu,
                r -> r.presentProperty().get(), r -> r.roleProperty().get(), AttendeeRow::plannedRole)
                .containsExactly(
                        tuple("王伟", "Ван Вэй", true, DelegationRole.REPRESENTATIVE, DelegationRole.REPRESENTATIVE),
                        tuple("李明", "Ли Мин", true, DelegationRole.INTERPRETER, DelegationRole.INTERPRETER),
                        tuple("赵强", "Чжао Цян", false, AttendanceViewModel.DEFAULT_ROLE, null));
        assertThat(attendance.of(Side.KYRGYZSTAN)).extracting(AttendeeRow::nameRu, r -> r.presentProperty().get())
                .containsExactly(tuple("Аскар Токтогулов", true), tuple("Нурлан Осмонов", false),
                        tuple("Бакыт Асанов", false)); // the others in register order
        assertThat(attendance.recordedProperty().get()).isFalse();
        assertThat(attendance.dirtyProperty().get()).isFalse();
        assertThat(attendance.stateProperty().get()).isEqualTo(english.get("attendance.state.planned"));
        assertThat(attendance.warningProperty().get()).isEmpty();
    }

    @Test
    void plannedMembersSayInWhichRoleTheyWerePlanned() {
        AttendanceViewModel attendance = shown(english);

        assertThat(row(attendance, Side.CHINA, archive.li.id()).planned())
                .isEqualTo("Planned: " + english.of(DelegationRole.INTERPRETER));
        assertThat(row(attendance, Side.CHINA, archive.zhao.id()).planned()).isEmpty();
        assertThat(row(attendance, Side.CHINA, archive.zhao.id()).details()).isEqualTo("上校 · полковник");
    }

    @Test
    void savingRecordsWhoTookPartInWhichRole() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.CHINA, archive.li.id()).presentProperty().set(false);
        AttendeeRow zhao = row(attendance, Side.CHINA, archive.zhao.id());
        zhao.presentProperty().set(true);
        zhao.roleProperty().set(DelegationRole.DEPUTY);
        row(attendance, Side.KYRGYZSTAN, archive.nurlan.id()).presentProperty().set(true);
        assertThat(attendance.dirtyProperty().get()).isTrue();
        assertThat(attendance.stateProperty().get()).isEqualTo(english.get("attendance.state.unsaved"));

        assertThat(attendance.save()).isTrue();

        assertThat(stored().attendees()).containsExactlyInAnyOrder(
                new Attendee(archive.wang.id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                new Attendee(archive.zhao.id(), Side.CHINA, DelegationRole.DEPUTY),
                new Attendee(archive.askar.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                new Attendee(archive.nurlan.id(), Side.KYRGYZSTAN, AttendanceViewModel.DEFAULT_ROLE));
        assertThat(attendance.dirtyProperty().get()).isFalse();
        assertThat(attendance.recordedProperty().get()).isTrue();
        assertThat(attendance.stateProperty().get()).isEqualTo(english.get("attendance.state.recorded", 2, 2));
    }

    @Test
    void attendanceRecordedAsPlannedReadsAsRecordedOnceSavedHere() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.CHINA, archive.li.id()).presentProperty().set(false);
        row(attendance, Side.CHINA, archive.li.id()).presentProperty().set(true);

        attendance.save();
        attendance.show(archive.current.id());

        assertThat(attendance.recordedProperty().get()).isTrue();
    }

    @Test
    void recordedAttendanceIsShownWithSomeoneWhoWasNotPlannedAmongThePlanned() {
        archive.attendance.save(archive.current.id(), new Attendance(List.of(
                new Attendee(archive.wang.id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                new Attendee(archive.askar.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                new Attendee(archive.nurlan.id(), Side.KYRGYZSTAN, DelegationRole.INTERPRETER))));

        AttendanceViewModel attendance = shown(english);

        assertThat(attendance.recordedProperty().get()).isTrue();
        assertThat(attendance.stateProperty().get()).isEqualTo(english.get("attendance.state.recorded", 1, 2));
        assertThat(attendance.of(Side.CHINA)).extracting(r -> r.presentProperty().get())
                .containsExactly(true, false, false);
        assertThat(attendance.of(Side.KYRGYZSTAN)).extracting(AttendeeRow::nameRu, r -> r.presentProperty().get(),
                r -> r.roleProperty().get()).containsExactly(
                        tuple("Аскар Токтогулов", true, DelegationRole.REPRESENTATIVE),
                        tuple("Нурлан Осмонов", true, DelegationRole.INTERPRETER),
                        tuple("Бакыт Асанов", false, AttendanceViewModel.DEFAULT_ROLE));
    }

    @Test
    void attendanceRecordedExactlyAsPlannedNeedsTheArchiveToTellItIsRecorded() {
        archive.attendance.save(archive.current.id(), Attendance.planned(archive.current));
        AttendanceViewModel told = new AttendanceViewModel(archive.minutes, archive.registerService, english,
                id -> archive.attendance.of(id).isPresent());

        told.show(archive.current.id());

        assertThat(told.recordedProperty().get()).isTrue();
        assertThat(shown(english).recordedProperty().get()).isFalse(); // by comparison it looks planned
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ENGLISH | China: 2 took part",
        "CHINESE | 中方：出席2人",
        "RUSSIAN | Китайская сторона: присутствовали — 2"})
    void columnHeadingCountsWhoTookPart(Language language, String heading) {
        AttendanceViewModel attendance = shown(Messages.of(language));

        assertThat(attendance.headingProperty(Side.CHINA).get()).isEqualTo(heading);
        row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().set(true);
        assertThat(attendance.headingProperty(Side.CHINA).get()).isEqualTo(heading.replace("2", "3"));
    }

    @Test
    void sideWithNobodyTickedIsPointedOut() {
        AttendanceViewModel attendance = shown(english);

        row(attendance, Side.KYRGYZSTAN, archive.askar.id()).presentProperty().set(false);

        assertThat(attendance.warningProperty().get())
                .isEqualTo(english.get("attendance.warning.nobody", english.of(Side.KYRGYZSTAN)));
    }

    @Test
    void unsavedTicksSurviveAReloadOfTheSameMeetingAndAreSavedOnLeaving() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().set(true);

        attendance.show(archive.current.id());
        assertThat(row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().get()).isTrue();
        assertThat(archive.attendance.saves).isZero();

        assertThat(attendance.leave()).isTrue();

        assertThat(stored().attended(archive.zhao.id(), Side.CHINA)).isTrue();
        assertThat(attendance.dirtyProperty().get()).isFalse();
    }

    @Test
    void showingAnotherMeetingSavesUnsavedTicksFirst() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.KYRGYZSTAN, archive.bakyt.id()).presentProperty().set(true);

        attendance.show(archive.previous.id());

        assertThat(stored().attended(archive.bakyt.id(), Side.KYRGYZSTAN)).isTrue();
        assertThat(attendance.of(Side.CHINA)).noneMatch(r -> r.presentProperty().get());
    }

    @Test
    void ticksThatCannotBeSavedStayOnScreenInsteadOfAnotherMeeting() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.KYRGYZSTAN, archive.bakyt.id()).presentProperty().set(true);
        archive.attendance.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu"));

        attendance.show(archive.previous.id());

        assertThat(problems).hasSize(1);
        assertThat(row(attendance, Side.KYRGYZSTAN, archive.bakyt.id()).presentProperty().get()).isTrue();
        assertThat(attendance.dirtyProperty().get()).isTrue();
        assertThat(attendance.leave()).isTrue();
        assertThat(stored().attended(archive.bakyt.id(), Side.KYRGYZSTAN)).isTrue();
    }

    @Test
    void refusedSaveIsReportedAndTheTicksStay() {
        Messages russian = Messages.of(Language.RUSSIAN);
        AttendanceViewModel attendance = shown(russian);
        row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().set(true);
        archive.attendance.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu"));

        assertThat(attendance.save()).isFalse();
        assertThat(attendance.leave()).isTrue();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.headline()).isEqualTo(russian.get("attendance.error.saveFailed"));
            assertThat(problem.details()).isEqualTo(russian.get("archive.error.io", "/data/huiwu"));
        });
        assertThat(stored().attended(archive.zhao.id(), Side.CHINA)).isTrue();
    }

    @Test
    void leavingFailsWhileTheArchiveRefuses() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().set(true);
        archive.attendance.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu"));

        assertThat(attendance.leave()).isFalse();

        assertThat(attendance.dirtyProperty().get()).isTrue();
        assertThat(row(attendance, Side.CHINA, archive.zhao.id()).presentProperty().get()).isTrue();
    }

    @Test
    void revertDropsUnsavedTicks() {
        AttendanceViewModel attendance = shown(english);
        row(attendance, Side.CHINA, archive.wang.id()).presentProperty().set(false);

        attendance.revert();

        assertThat(row(attendance, Side.CHINA, archive.wang.id()).presentProperty().get()).isTrue();
        assertThat(attendance.dirtyProperty().get()).isFalse();
        assertThat(archive.attendance.saves).isZero();
    }

    @Test
    void rolesAreNamedInTheUsersLanguage() {
        AttendanceViewModel attendance = shown(Messages.of(Language.CHINESE));

        assertThat(attendance.roles()).containsExactly(DelegationRole.values());
        assertThat(attendance.roleText(DelegationRole.INTERPRETER))
                .isEqualTo(Messages.of(Language.CHINESE).of(DelegationRole.INTERPRETER));
    }

    @Test
    void unreadableMeetingIsReported() {
        AttendanceViewModel attendance = new AttendanceViewModel(archive.minutes, archive.registerService,
                english);
        attendance.onProblem(problems::add);

        attendance.show(77);

        assertThat(attendance.meetingShownProperty().get()).isFalse();
        assertThat(attendance.save()).isFalse();
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("attendance.error.loadFailed"));
    }
}
