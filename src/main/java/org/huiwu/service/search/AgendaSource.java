// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;
import java.util.function.Consumer;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.Meeting;

/** Every agenda item: its title and note, one text per item. */
final class AgendaSource implements SearchSource {

    private final AgendaRepository agendas;

    AgendaSource(AgendaRepository agendas) {
        this.agendas = agendas;
    }

    @Override
    public void entries(Meeting meeting, Consumer<SearchEntry> out) {
        List<AgendaItem> items = agendas.of(meeting.id()).items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            out.accept(new SearchEntry(HitKind.AGENDA_ITEM, item.uuid(), i + 1,
                    Bilingual.of(join(item.title().zh(), item.note().zh()), join(item.title().ru(), item.note().ru()))));
        }
    }

    private static String join(String title, String note) {
        return note.isBlank() ? title : title + "\n" + note;
    }
}
