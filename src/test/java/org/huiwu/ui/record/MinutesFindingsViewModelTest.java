// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.domain.parity.ParityCheck;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.SeedTerms;
import org.huiwu.service.minutes.InMemoryMinutes;
import org.huiwu.service.parity.InMemoryDismissals;
import org.huiwu.service.parity.ParityReview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parity findings in the minutes editor, without a toolkit: shown per clause, dismissed, reset, and agreeing. */
class MinutesFindingsViewModelTest {

    private InMemoryMinutes store;
    private InMemoryDismissals dismissals;
    private MinutesEditorViewModel editor;

    @BeforeEach
    void open() {
        store = new InMemoryMinutes();
        dismissals = new InMemoryDismissals();
        ParityChecker checker = new ParityChecker(SeedTerms.load());
        editor = new MinutesEditorViewModel(store.service(Side.CHINA),
                new EditorAids(() -> new ParityReview(checker, dismissals, Side.CHINA, store.clock()), null),
                store.clock(), Runnable::run, Runnable::run);
        editor.load(InMemoryMinutes.MEETING);
    }

    private UUID clause(String zh, String ru) {
        editor.insertAfter(null, RecordLanguage.ZH);
        UUID pair = editor.rows().get(0).uuid();
        editor.type(pair, RecordLanguage.ZH, zh);
        editor.type(pair, RecordLanguage.RU, ru);
        return pair;
    }

    private List<ParityCheck> openChecks(UUID pair) {
        return editor.findings(pair).stream().filter(ParityReview.PairFinding::open)
                .map(f -> f.finding().check()).toList();
    }

    @Test
    void aClauseWhoseNumbersDifferShowsAFindingThatFollowsTheText() {
        UUID pair = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        assertThat(openChecks(pair)).containsExactly(ParityCheck.NUMBERS);

        editor.type(pair, RecordLanguage.RU, "Стороны передали друг другу 23 нарушителя границы.");

        assertThat(editor.findings(pair)).isEmpty();
    }

    @Test
    void aDismissalIsKeptWithItsReasonAcrossReloadsAndResetWhenEitherTextChanges() {
        UUID pair = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        var finding = editor.findings(pair).get(0).finding();
        int revision = editor.findingsRevisionProperty().get();

        editor.dismissFinding(pair, finding, "Опечатка в китайском оригинале, исправят при подписании");

        assertThat(editor.findingsRevisionProperty().get()).isNotEqualTo(revision);
        assertThat(openChecks(pair)).isEmpty();
        assertThat(editor.findings(pair)).singleElement().satisfies(f -> {
            assertThat(f.open()).isFalse();
            assertThat(f.dismissal().reason()).isEqualTo("Опечатка в китайском оригинале, исправят при подписании");
            assertThat(f.dismissal().personId()).isEqualTo(1L);
        });
        editor.saveNow();
        editor.load(InMemoryMinutes.MEETING);
        assertThat(editor.findings(pair)).singleElement().satisfies(f -> assertThat(f.open()).isFalse());

        editor.type(pair, RecordLanguage.ZH, "双方共移交23名非法越界人员");

        assertThat(openChecks(pair)).containsExactly(ParityCheck.NUMBERS);
        editor.undo();
        assertThat(openChecks(pair)).as("the dismissed texts again").isEmpty();
    }

    @Test
    void aBlankReasonDismissesNothingAndSaysWhy() {
        UUID pair = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        var finding = editor.findings(pair).get(0).finding();

        editor.dismissFinding(pair, finding, "  ");

        assertThat(openChecks(pair)).containsExactly(ParityCheck.NUMBERS);
        assertThat(editor.problemProperty().get().messageKey()).isEqualTo("parity.dismiss.reasonRequired");
    }

    @Test
    void agreeingAClauseWithOpenFindingsWaitsForConfirmation() {
        UUID pair = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");

        editor.agree(pair, RecordLanguage.ZH);

        assertThat(editor.pendingAgreementProperty().get()).isNotNull()
                .satisfies(p -> assertThat(p.openFindings()).extracting(f -> f.check())
                        .containsExactly(ParityCheck.NUMBERS));
        assertThat(editor.minutes().pair(pair).state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);

        editor.cancelAgreement();
        assertThat(editor.pendingAgreementProperty().get()).isNull();
        assertThat(editor.minutes().pair(pair).state(RecordLanguage.ZH)).isEqualTo(TextState.DRAFT);

        editor.agree(pair, RecordLanguage.ZH);
        editor.confirmAgreement();
        assertThat(editor.minutes().pair(pair).state(RecordLanguage.ZH)).isEqualTo(TextState.AGREED);
    }

    @Test
    void aClauseWithoutFindingsOrWithDismissedOnesIsAgreedAtOnce() {
        UUID clean = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 23 нарушителя границы.");
        editor.agree(clean, RecordLanguage.ZH);
        assertThat(editor.pendingAgreementProperty().get()).isNull();
        assertThat(editor.minutes().pair(clean).state(RecordLanguage.ZH)).isEqualTo(TextState.AGREED);

        UUID dismissed = clause("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        editor.dismissFinding(dismissed, editor.findings(dismissed).get(0).finding(), "проверено");
        editor.agree(dismissed, RecordLanguage.RU);
        assertThat(editor.pendingAgreementProperty().get()).isNull();
        assertThat(editor.minutes().pair(dismissed).state(RecordLanguage.RU)).isEqualTo(TextState.AGREED);
    }
}
