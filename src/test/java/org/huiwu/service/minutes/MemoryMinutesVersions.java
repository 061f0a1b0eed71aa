// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.minutes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.minutes.MinutesState;

/** Minutes versions in memory, by UUID: the one minutes fake the service and sample tests share. */
public final class MemoryMinutesVersions implements MinutesRepository {

    private final Map<UUID, Minutes> versions = new ConcurrentHashMap<>();

    @Override
    public List<Minutes> versions(long meetingId) {
        return versions.values().stream().filter(m -> m.meetingId() == meetingId)
                .sorted(Comparator.comparingInt(Minutes::version)).toList();
    }

    @Override
    public Optional<Minutes> latest(long meetingId) {
        List<Minutes> all = versions(meetingId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public Optional<MinutesState> storedState(UUID version) {
        return Optional.ofNullable(versions.get(version)).map(Minutes::state);
    }

    @Override
    public Minutes save(Minutes minutes) {
        versions.put(minutes.uuid(), minutes);
        return minutes;
    }
}
