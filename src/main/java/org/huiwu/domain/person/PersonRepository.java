// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.person;

import java.util.List;
import java.util.Optional;

public interface PersonRepository {

    List<Person> findAll();

    Optional<Person> findById(long id);

    Person save(Person person);
}
