// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.service.archive.OpenArchive;

/**
 * The sample's Art. 4 registers: information both sides gave at the last talks with final minutes, linked to that
 * meeting's agenda and clauses, and one written consent of the Kyrgyz side to pass some of it to the SCO Regional
 * Anti-Terrorist Structure, but none for the OSCE: exporting that protocol to the first is allowed, to the second
 * refused. Invented, like the rest.
 */
final class SampleConfidentiality {

    /** The third party the Kyrgyz side consented to. */
    static final String CONSENTED_PARTY = "SCO RATS";

    private SampleConfidentiality() {
    }

    static void fill(OpenArchive archive) {
        Meeting meeting = archive.meetings().findAll().stream()
                .filter(m -> archive.minutes().latest(m.id()).map(Minutes::isFinal).orElse(false))
                .max(Comparator.comparing(Meeting::start)).orElse(null);
        if (meeting == null) {
            return;
        }
        List<AgendaItem> agenda = archive.agendas().of(meeting.id()).items();
        List<AlignedPair> clauses = archive.minutes().latest(meeting.id()).orElseThrow().pairs();
        LocalDate day = meeting.localStart().toLocalDate();

        UUID situation = agendaItem(agenda, InformationCategory.BORDER_SITUATION);
        UUID crossings = agendaItem(agenda, InformationCategory.ILLEGAL_CROSSINGS);
        archive.confidentiality().save(InformationItem.create(InformationCategory.BORDER_SITUATION, Side.CHINA, day,
                InformationChannel.MEETING, Bilingual.of("中方通报本季度吐尔尕特方向边境地区形势总体稳定。",
                        "Китайская сторона сообщила, что обстановка на направлении Торугарт в квартале в целом "
                                + "стабильна."))
                .withLinks(situation == null ? Set.of() : Set.of(situation), Set.of(clauses.get(1).uuid())));
        InformationItem crossers = archive.confidentiality().save(InformationItem.create(
                InformationCategory.CROSSERS_AND_FUGITIVES, Side.KYRGYZSTAN, day.minusDays(12),
                InformationChannel.LIAISON, Bilingual.of("吉方通报两名非法越界人员企图在中方一侧藏匿的情况。",
                        "Кыргызская сторона сообщила о двух нарушителях границы, пытавшихся укрыться на "
                                + "китайской стороне."))
                .withLinks(Set.of(), Set.of(clauses.get(3).uuid())));
        archive.confidentiality().save(InformationItem.create(InformationCategory.ILLEGAL_CROSSINGS,
                Side.KYRGYZSTAN, day.minusDays(20), InformationChannel.LETTER,
                Bilingual.of("吉方来函通报纳伦方向利用车辆非法越界的方法。",
                        "Письмо Кыргызской стороны о способах незаконного пересечения границы на транспортных "
                                + "средствах на нарынском направлении."))
                .withLinks(crossings == null ? Set.of() : Set.of(crossings), Set.of(clauses.get(2).uuid())));
        archive.confidentiality().save(Consent.create(Side.KYRGYZSTAN, day.plusDays(5), "№ 04-2/118",
                CONSENTED_PARTY, Set.of(InformationCategory.ILLEGAL_CROSSINGS), Set.of(crossers.uuid()),
                day.plusYears(2)));
        // Older Kyrgyz information without any link: listed, but in no export.
        archive.confidentiality().save(InformationItem.create(InformationCategory.DISASTERS_AND_EPIDEMICS,
                Side.KYRGYZSTAN, day.minusMonths(4), InformationChannel.PHONE,
                Bilingual.of("吉方电话通报纳伦州山洪预警。", "Кыргызская сторона сообщила по телефону о угрозе селей в "
                        + "Нарынской области.")));
    }

    private static UUID agendaItem(List<AgendaItem> agenda, InformationCategory category) {
        return agenda.stream().filter(item -> item.categories().contains(category)).map(AgendaItem::uuid)
                .findFirst().orElse(null);
    }
}
