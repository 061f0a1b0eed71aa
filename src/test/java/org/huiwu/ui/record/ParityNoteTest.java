// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;
import java.util.function.Function;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.SeedTerms;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.i18n.Formats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parity line of the agenda item and decision forms follows what is typed, in the UI language. */
class ParityNoteTest {

    private static final ParityChecker CHECKER = new ParityChecker(SeedTerms.load());

    @Test
    void anAgendaItemWhoseNoteDiffersInANumberSaysSoUntilItIsCorrected() {
        AgendaItemEditorViewModel form = new AgendaItemEditorViewModel(null, Side.CHINA, Function.identity(),
                Messages.of(Language.ENGLISH), CHECKER);
        form.title().zhProperty().set("移交非法越界人员");
        form.title().ruProperty().set("Передача нарушителей границы");
        form.noteZhProperty().set("本季度共移交7名。");
        form.noteRuProperty().set("За квартал передано 6 человек.");

        assertThat(form.parity().get()).startsWith("Parity: Numbers (Chinese: «7» · Russian: «6»)");

        form.noteRuProperty().set("За квартал передано 7 человек.");
        assertThat(form.parity().get()).isEmpty();
    }

    @Test
    void aDecisionWithADateOnOneSideOnlySaysSoInRussian() {
        Messages russian = Messages.of(Language.RUSSIAN);
        DecisionEditorViewModel form = new DecisionEditorViewModel(null, 1, LocalDate.of(2026, 3, 5),
                Function.identity(), russian, new Formats(Language.RUSSIAN), CHECKER);
        form.text().zhProperty().set("双方于2026年6月1日前交换名单。");
        form.text().ruProperty().set("Стороны обменяются списками.");

        assertThat(form.parity().get()).startsWith("Соответствие: Даты");

        DecisionEditorViewModel unchecked = new DecisionEditorViewModel(null, 1, LocalDate.of(2026, 3, 5),
                Function.identity(), russian, new Formats(Language.RUSSIAN));
        unchecked.text().zhProperty().set("双方于2026年6月1日前交换名单。");
        assertThat(unchecked.parity().get()).isEmpty();
    }
}
