// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.ui.search.SearchRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search area on the sample archive: Ctrl+F from anywhere, Chinese inside sentences, Russian in any form; a hit
 * opens in review mode, where a private note is written that the search finds and the protocol never shows.
 */
class SearchUiTest extends AppWindowTest {

    private static java.nio.file.Path prepared;
    private static java.nio.file.Path sample;

    /** The sample is made once, outside the window's start-up time limit (it takes a while on a busy machine). */
    @org.junit.jupiter.api.BeforeAll
    static void makeSample() {
        prepared = home.resolve("search");
        sample = UiTestArchive.sample(UiTestArchive.context(prepared));
    }

    @Start
    void start(Stage stage) {
        dataFolder = prepared;
        context = UiTestArchive.context(prepared);
        launch(stage, HuiwuApp.withContext(context, sample));
    }

    private static ListView<SearchRow> results(FxRobot robot) {
        return robot.lookup("#search-results").queryListView();
    }

    /** Replaces the query and waits until a hit shows (the index may still be catching up with the sample). */
    private static void search(FxRobot robot, String query, java.util.function.Predicate<SearchRow> wanted)
            throws Exception {
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(query);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> results(robot).getItems().stream().anyMatch(wanted));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The highlighted runs shown in the results list. */
    private static List<String> marked(FxRobot robot) {
        return robot.lookup("#search-results .search-match").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
    }

    @Test
    void findsAChineseWordInsideASentenceAndAnInflectedRussianWordAndOpensTheHit(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-search").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).isFocused()).isTrue();

        // "山洪" stands inside "双方同意在山洪季节加强会晤站之间的联络。"
        search(robot, "山洪", row -> row.zhText().contains("在山洪季节"));
        assertThat(marked(robot)).contains("山洪");
        SearchRow hit = results(robot).getItems().get(0);
        assertThat(hit.ruText()).isNotBlank();
        assertThat(robot.lookup("#search-summary").queryAs(Label.class).getText()).containsPattern("\\d+ found");

        // The records write "границы"; the user types another form.
        search(robot, "границей", row -> row.ruText().contains("границы"));
        assertThat(marked(robot)).contains("границы");

        // The hit opens read-only in review mode, at the clause found.
        SearchRow russian = results(robot).getItems().stream()
                .filter(row -> row.hit().kind() == org.huiwu.service.search.HitKind.PAIR
                        && row.ruText().contains("границы"))
                .findFirst().orElseThrow();
        robot.interact(() -> results(robot).getSelectionModel().select(russian));
        robot.clickOn("#search-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-review").queryAs(ToggleButton.class).isSelected()).isTrue();
        ListView<org.huiwu.ui.review.ReviewViewModel.PairLine> pairs = robot.lookup("#review-pairs").queryListView();
        assertThat(pairs.getSelectionModel().getSelectedItem().uuid()).isEqualTo(russian.hit().record());
        org.huiwu.ui.review.ReviewUi.assertNothingEditable(robot);

        // A private note on that clause: found by the search (an inflected form), never in the protocol.
        org.huiwu.ui.review.ReviewUi.writeNote(robot, "备注：汛期前核对 Ң Ө Ү сверить с прошлогодними данными");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        search(robot, "прошлогодние", row -> row.hit().kind() == org.huiwu.service.search.HitKind.NOTE);
        SearchRow note = results(robot).getItems().stream()
                .filter(row -> row.hit().kind() == org.huiwu.service.search.HitKind.NOTE).findFirst().orElseThrow();
        assertThat(note.hit().record()).isEqualTo(russian.hit().record());
        assertThat(note.ruText()).contains("Ң Ө Ү");

        // Ctrl+L closes the archive in the app, so the test can read it through a session of its own.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        try (org.huiwu.service.ArchiveSession check = UiTestArchive.openSample(context)) {
            assertThat(check.notes().ofMeeting(russian.hit().meetingId()))
                    .extracting(org.huiwu.domain.note.PrivateNote::text)
                    .containsExactly("备注：汛期前核对 Ң Ө Ү сверить с прошлогодними данными");
            String protocol = org.huiwu.ui.review.ReviewUi.protocolText(check, russian.hit().meetingId());
            assertThat(protocol).contains("границы").doesNotContain("备注").doesNotContain("汛期前核对")
                    .doesNotContain("прошлогодними");
        }
    }
}
