// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.settings.Theme;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The four record panes in a window, on in-memory repositories, driven by keyboard and mouse. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RecordPanesUiTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<Long> opened = new ArrayList<>();
    private RecordFixture archive;
    private TabPane tabs;
    private List<RecordTab> panes;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Themes.apply(Theme.LIGHT);
        archive = new RecordFixture();
        ViewSupport support = new ViewSupport(stage, english, new Formats(Language.ENGLISH));
        Formats formats = new Formats(Language.ENGLISH);
        AgendaPane agenda = new AgendaPane(new AgendaViewModel(archive.agendaService, archive.schedule, english,
                formats), support);
        DecisionsPane decisions = new DecisionsPane(new DecisionsViewModel(archive.agendaService, archive.schedule,
                english, formats), support);
        AttendancePane attendance = new AttendancePane(new AttendanceViewModel(archive.minutes,
                archive.registerService, english), support);
        OpenItemsPane open = new OpenItemsPane(new OpenItemsViewModel(archive.agendaService, archive.schedule,
                english, formats), support);
        open.onOpenMeeting(opened::add);
        panes = List.of(agenda, decisions, attendance, open);
        tabs = new TabPane();
        for (RecordTab pane : panes) {
            Tab tab = new Tab(pane.getClass().getSimpleName(), pane.root());
            tab.setClosable(false);
            tabs.getTabs().add(tab);
            pane.show(archive.current.id());
        }
        Scene scene = new Scene(tabs, 1200, 800);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void showTab(FxRobot robot, int index) {
        robot.interact(() -> {
            tabs.getSelectionModel().select(index);
            panes.get(index).show(archive.current.id());
        });
    }

    @Test
    void agendaIsBuiltCarriedOverReorderedAndPrunedFromTheKeyboard(FxRobot robot) {
        Button carryOver = robot.lookup("#agenda-carry-over").queryButton();
        assertThat(carryOver.isDisabled()).isFalse();
        robot.clickOn(carryOver);
        ListView<AgendaRow> list = robot.lookup("#agenda-list").queryListView();
        assertThat(list.getItems()).hasSize(2);
        assertThat(carryOver.isDisabled()).isTrue();
        assertThat(carryOver.getTooltip().getText()).contains(english.get("agenda.carryOver.notEmpty"));

        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#agenda-editor-title-ru").write("Разное");
        assertThat(robot.lookup("#agenda-editor-title-warning").queryLabeled().getText())
                .isEqualTo(english.get("agenda.editor.titleZhEmpty"));
        robot.clickOn("#agenda-editor-area-7");
        robot.clickOn("#agenda-editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(archive.agendas.of(archive.current.id()).items()).extracting(item -> item.title().ru())
                .containsExactly(org.huiwu.domain.agenda.AgendaItem.REVIEW_TITLE.ru(),
                        "Незаконное пересечение границы", "Разное");
        assertThat(list.getSelectionModel().getSelectedItem().titleRu()).isEqualTo("Разное");

        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(AgendaRow::titleRu).endsWith("Разное",
                "Незаконное пересечение границы");
        assertThat(list.getSelectionModel().getSelectedItem().titleRu()).isEqualTo("Разное");
        assertThat(list.isFocused()).isTrue();

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-confirmation").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(archive.agendas.of(archive.current.id()).items()).hasSize(2)
                .noneMatch(item -> item.title().ru().equals("Разное"));
    }

    @Test
    void decisionIsAddedAndAnEarlierOneClosedHere(FxRobot robot) {
        robot.interact(() -> archive.agendaService.startFromPrevious(archive.current));
        showTab(robot, 1);
        ListView<DecisionRow> reviewed = robot.lookup("#decisions-reviewed-list").queryListView();
        assertThat(reviewed.getItems()).hasSize(2);
        robot.clickOn(reviewed);
        robot.interact(() -> reviewed.getSelectionModel().select(0));
        ComboBox<DecisionStatus> status = robot.lookup("#decisions-reviewed-status").queryComboBox();
        assertThat(status.getValue()).isEqualTo(DecisionStatus.OPEN);
        robot.interact(() -> status.setValue(DecisionStatus.DONE));
        assertThat(archive.decisions.find(archive.patrols.uuid()).orElseThrow().status())
                .isEqualTo(DecisionStatus.DONE);
        assertThat(reviewed.getSelectionModel().getSelectedItem().statusValue()).isEqualTo(DecisionStatus.DONE);

        robot.clickOn("#decisions-add");
        robot.clickOn("#decision-editor-text-zh").write("加强口岸联络");
        robot.type(KeyCode.TAB);
        robot.write("Усилить связь между пунктами пропуска");
        robot.clickOn("#decision-editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(archive.decisions.ofMeeting(archive.current.id())).singleElement().satisfies(decision -> {
            assertThat(decision.text().zh()).isEqualTo("加强口岸联络");
            assertThat(decision.text().ru()).isEqualTo("Усилить связь между пунктами пропуска");
        });
    }

    @Test
    void attendanceIsTickedAndSavedWithCtrlS(FxRobot robot) {
        showTab(robot, 2);
        assertThat(robot.lookup("#attendance-save").queryButton().isDisabled()).isTrue();
        robot.clickOn("#attendance-present-" + archive.zhao.id());
        assertThat(robot.lookup("#attendance-save").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(archive.attendance.of(archive.current.id()).orElseThrow().attended(archive.zhao.id(),
                Side.CHINA)).isTrue();
        assertThat(robot.lookup("#attendance-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void enterOnAnOpenItemOpensItsMeeting(FxRobot robot) {
        showTab(robot, 3);
        ListView<DecisionRow> list = robot.lookup("#open-items-list").queryListView();
        assertThat(list.getItems()).hasSize(2);
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);

        assertThat(opened).containsExactly(archive.previous.id());
    }
}
