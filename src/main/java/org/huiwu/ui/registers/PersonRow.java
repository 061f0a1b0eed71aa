// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.huiwu.domain.person.Person;
import org.huiwu.i18n.Messages;

/** One person as the people table shows it: both scripts of the name side by side, rank and post as pairs. */
public record PersonRow(Person person, String side, String nameZh, String nameRu, String rank, String post) {

    static PersonRow of(Person person, Messages messages) {
        return new PersonRow(person, messages.of(person.side()), person.name().zh(), person.name().ru(),
                person.rank().joined(), person.post().joined());
    }

    /** True when every term occurs, ignoring case, in one of the texts the row shows. */
    boolean matches(List<String> terms) {
        List<String> texts = Stream.of(side, nameZh, nameRu, rank, post)
                .map(text -> text.toLowerCase(Locale.ROOT))
                .toList();
        return terms.stream().allMatch(term -> texts.stream().anyMatch(text -> text.contains(term)));
    }
}
