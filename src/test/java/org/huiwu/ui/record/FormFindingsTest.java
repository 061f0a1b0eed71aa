// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.parity.ParityCheck;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.SeedTerms;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.minutes.InMemoryMinutes;
import org.huiwu.service.parity.InMemoryDismissals;
import org.huiwu.service.parity.ParityReview;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parity findings of the agenda item and decision forms follow what is typed and can be dismissed. */
class FormFindingsTest {

    private static final long MEETING = 7;
    private final InMemoryDismissals dismissals = new InMemoryDismissals();
    private final ParityReview review = new ParityReview(new ParityChecker(SeedTerms.load()), dismissals,
            Side.KYRGYZSTAN, new InMemoryMinutes().clock());

    private static List<ParityCheck> open(FormFindings findings) {
        return findings.list().stream().filter(ParityReview.PairFinding::open).map(f -> f.finding().check())
                .toList();
    }

    @Test
    void anAgendaItemWhoseNoteDiffersInANumberShowsItUntilCorrectedOrDismissed() {
        AgendaItem item = RecordFixture.item("移交非法越界人员", "Передача нарушителей границы", 30, Side.CHINA);
        AgendaItemEditorViewModel form = new AgendaItemEditorViewModel(item, Side.CHINA, Function.identity(),
                Messages.of(Language.ENGLISH), review, MEETING);
        form.noteZhProperty().set("本季度共移交7名。");
        form.noteRuProperty().set("За квартал передано 6 человек.");

        assertThat(open(form.findings())).containsExactly(ParityCheck.NUMBERS);
        assertThat(form.findings().canDismiss()).isTrue();

        form.noteRuProperty().set("За квартал передано 7 человек.");
        assertThat(form.findings().list()).isEmpty();

        form.noteRuProperty().set("За квартал передано 6 человек.");
        var finding = form.findings().list().get(0).finding();
        form.findings().dismiss(finding, "Ң Ө Ү: уточнено по телефону");
        assertThat(open(form.findings())).isEmpty();
        assertThat(form.findings().list()).singleElement().satisfies(f -> {
            assertThat(f.dismissal().reason()).isEqualTo("Ң Ө Ү: уточнено по телефону");
            assertThat(f.dismissal().side()).isEqualTo(Side.KYRGYZSTAN);
            assertThat(f.dismissal().pair()).isEqualTo(item.uuid());
        });
        // The title is part of the texts the dismissal was given for.
        form.title().ruProperty().set("Передача нарушителей границы (итоги)");
        assertThat(open(form.findings())).containsExactly(ParityCheck.NUMBERS);
        form.title().ruProperty().set("Передача нарушителей границы");
        assertThat(open(form.findings())).isEmpty();
        form.findings().undoDismissal(finding);
        assertThat(open(form.findings())).containsExactly(ParityCheck.NUMBERS);
    }

    @Test
    void aNewDecisionShowsFindingsInRussianButCannotDismissThemBeforeItIsSaved() {
        Messages russian = Messages.of(Language.RUSSIAN);
        DecisionEditorViewModel form = new DecisionEditorViewModel(null, MEETING, LocalDate.of(2026, 3, 5),
                Function.identity(), russian, new Formats(Language.RUSSIAN), review);
        form.text().zhProperty().set("双方于2026年6月1日前交换名单。");
        form.text().ruProperty().set("Стороны обменяются списками.");

        assertThat(open(form.findings())).contains(ParityCheck.DATES);
        assertThat(form.findings().canDismiss()).isFalse();
        form.findings().dismiss(form.findings().list().get(0).finding(), "причина");
        assertThat(dismissals.ofMeeting(MEETING)).isEmpty();

        Decision saved = new Decision(UUID.randomUUID(), MEETING, DecisionKind.DECISION,
                Bilingual.of("双方于2026年6月1日前交换名单。", "Стороны обменяются списками."), Responsibility.BOTH,
                null, DecisionStatus.OPEN, null);
        DecisionEditorViewModel existing = new DecisionEditorViewModel(saved, MEETING, LocalDate.of(2026, 3, 5),
                Function.identity(), russian, new Formats(Language.RUSSIAN), review);
        assertThat(existing.findings().canDismiss()).isTrue();

        DecisionEditorViewModel unchecked = new DecisionEditorViewModel(saved, MEETING, LocalDate.of(2026, 3, 5),
                Function.identity(), russian, new Formats(Language.RUSSIAN));
        assertThat(unchecked.findings().list()).isEmpty();
    }
}
