// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.HashMap;
import java.util.Map;

import org.huiwu.domain.person.Person;
import org.huiwu.service.register.RegisterService;

/** People's names as the record shows them: Chinese and Russian together, as equals. */
public final class PeopleNames {

    private final RegisterService registers;
    private final Map<Long, String> names = new HashMap<>();

    public PeopleNames(RegisterService registers) {
        this.registers = registers;
        reload();
    }

    public void reload() {
        names.clear();
        for (Person person : registers.people()) {
            names.put(person.id(), person.name().joined());
        }
    }

    /** The name, or "#id" for someone no longer in the register. */
    public String of(Long personId) {
        if (personId == null) {
            return "";
        }
        return names.getOrDefault(personId, "#" + personId);
    }
}
