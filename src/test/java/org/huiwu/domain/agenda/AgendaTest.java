// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTest {

    private final AgendaItem opening = item("开幕", "Открытие", 10);
    private final AgendaItem situation = item("边境形势", "Обстановка на границе", 40);
    private final AgendaItem decisions = item("落实上次会谈决定", "Выполнение решений прошлой встречи", 30);
    private final Agenda agenda = new Agenda(List.of(opening, situation, decisions));

    @ParameterizedTest
    @CsvSource({"0, 0, '0,1,2'", "0, 2, '1,2,0'", "2, 0, '2,0,1'", "1, 9, '0,2,1'", "1, -3, '1,0,2'"})
    void movingAnItemKeepsTheOthersInOrder(int from, int to, String expected) {
        Agenda moved = agenda.move(agenda.items().get(from).uuid(), to);

        assertThat(moved.items()).containsExactly(expected(expected));
    }

    @Test
    void keyboardMovesOneStepAndStopsAtTheEnds() {
        assertThat(agenda.moveBy(situation.uuid(), -1).items()).containsExactly(situation, opening, decisions);
        assertThat(agenda.moveBy(opening.uuid(), -1).items()).containsExactly(opening, situation, decisions);
        assertThat(agenda.moveBy(decisions.uuid(), 1).items()).containsExactly(opening, situation, decisions);
    }

    @Test
    void plannedTotalAddsTheItemsDurations() {
        assertThat(agenda.plannedTotal()).isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void carryingForwardMakesANewOpenItemThatRemembersItsOrigin() {
        AgendaItem tagged = new AgendaItem(situation.uuid(), situation.title(), situation.note(), situation.planned(),
                Side.KYRGYZSTAN, Set.of(CooperationArea.ILLEGAL_MIGRATION),
                Set.of(InformationCategory.BORDER_SITUATION), true, null);

        AgendaItem next = tagged.carriedForward();

        assertThat(next.uuid()).isNotEqualTo(tagged.uuid());
        assertThat(next.carriedFrom()).isEqualTo(tagged.uuid());
        assertThat(next.title()).isEqualTo(tagged.title());
        assertThat(next.areas()).containsExactly(CooperationArea.ILLEGAL_MIGRATION);
        assertThat(next.categories()).containsExactly(InformationCategory.BORDER_SITUATION);
        assertThat(next.open()).isTrue();
    }

    @Test
    void onlyOpenItemsAreCarriedToTheNextMeeting() {
        Agenda partlyDone = new Agenda(List.of(opening.closed(), situation, decisions.closed()));

        assertThat(partlyDone.openItems()).containsExactly(situation);
    }

    @Test
    void articlesNumberTheirItemsFromOne() {
        assertThat(CooperationArea.values()).hasSize(10);
        assertThat(CooperationArea.OFFICER_TRAINING.item()).isEqualTo(10);
        assertThat(InformationCategory.values()).hasSize(8);
        assertThat(InformationCategory.DISASTERS_AND_EPIDEMICS.item()).isEqualTo(8);
    }

    private AgendaItem[] expected(String order) {
        return java.util.Arrays.stream(order.split(",")).map(i -> agenda.items().get(Integer.parseInt(i)))
                .toArray(AgendaItem[]::new);
    }

    private static AgendaItem item(String zh, String ru, int minutes) {
        return AgendaItem.create(Bilingual.of(zh, ru), Duration.ofMinutes(minutes), Side.CHINA);
    }
}
