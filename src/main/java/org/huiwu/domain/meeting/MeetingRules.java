// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;

/** What makes a meeting plan valid. Violations name the field and a message key the UI translates. */
public final class MeetingRules {

    /** Longer than this is more likely a typing error than a meeting. */
    static final Duration LONGEST_MEETING = Duration.ofDays(14);

    private MeetingRules() {
    }

    public static List<Violation> check(Meeting meeting) {
        List<Violation> violations = new ArrayList<>();
        if (meeting.title().isBlank()) {
            violations.add(new Violation("title", "meeting.validation.titleMissing"));
        }
        if (meeting.end().isBefore(meeting.start())) {
            violations.add(new Violation("end", "meeting.validation.endBeforeStart"));
        } else if (Duration.between(meeting.start(), meeting.end()).compareTo(LONGEST_MEETING) > 0) {
            violations.add(new Violation("end", "meeting.validation.tooLong"));
        }
        Set<Long> seen = new HashSet<>();
        for (DelegationMember member : meeting.delegation()) {
            if (!seen.add(member.personId())) {
                violations.add(new Violation("delegation", "meeting.validation.personTwice"));
                break;
            }
        }
        for (Side side : Side.values()) {
            long heads = meeting.delegationOf(side).stream()
                    .filter(member -> member.role() == DelegationRole.REPRESENTATIVE)
                    .count();
            if (heads > 1) {
                violations.add(new Violation("delegation", "meeting.validation.twoHeads"));
                break;
            }
        }
        return violations;
    }
}
