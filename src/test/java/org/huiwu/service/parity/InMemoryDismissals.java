// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.DismissalRepository;

/** Dismissals kept in memory, per meeting, for service and view-model tests. */
public final class InMemoryDismissals implements DismissalRepository {

    private record Stored(long meetingId, Dismissal dismissal) {
    }

    private final List<Stored> all = new ArrayList<>();

    @Override
    public List<Dismissal> ofMeeting(long meetingId) {
        return all.stream().filter(s -> s.meetingId() == meetingId).map(Stored::dismissal).toList();
    }

    @Override
    public Dismissal save(long meetingId, Dismissal dismissal) {
        remove(meetingId, dismissal.pair(), dismissal.fingerprint());
        all.add(new Stored(meetingId, dismissal));
        return dismissal;
    }

    @Override
    public void remove(long meetingId, UUID pair, String fingerprint) {
        all.removeIf(s -> s.dismissal().pair().equals(pair) && s.dismissal().fingerprint().equals(fingerprint));
    }
}
