// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.place;

import java.util.List;
import java.util.Optional;

public interface PlaceRepository {

    List<Place> findAll();

    Optional<Place> findById(long id);

    /** Inserts a new place or updates the one with the same id; returns it with its id. */
    Place save(Place place);
}
