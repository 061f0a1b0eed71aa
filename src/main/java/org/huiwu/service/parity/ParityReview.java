// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.DismissalRepository;
import org.huiwu.domain.parity.Finding;
import org.huiwu.domain.parity.ParityChecker;

/**
 * The parity findings of the pairs of minutes as the editor shows them: each finding open or dismissed with a
 * reason. A dismissal holds only while both texts of the pair are unchanged, so editing either text reopens it.
 */
public final class ParityReview {

    private final ParityChecker checker;
    private final DismissalRepository dismissals;
    private final Clock clock;

    /** One finding of a pair and its dismissal, if a current one exists. */
    public record PairFinding(Finding finding, Dismissal dismissal) {

        public PairFinding {
            Objects.requireNonNull(finding, "finding");
        }

        public boolean open() {
            return dismissal == null;
        }
    }

    public ParityReview(ParityChecker checker, DismissalRepository dismissals, Clock clock) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.dismissals = Objects.requireNonNull(dismissals, "dismissals");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every dismissal of the meeting's minutes, for {@link #review}. */
    public List<Dismissal> dismissals(long meetingId) {
        return dismissals.ofMeeting(meetingId);
    }

    /**
     * The findings of the pair, open ones first, each with the dismissal that covers it (from {@code known}, the
     * dismissals of the pair's meeting; those of other pairs or of older texts are ignored).
     */
    public List<PairFinding> review(AlignedPair pair, Collection<Dismissal> known) {
        String zh = pair.zh().text();
        String ru = pair.ru().text();
        List<Finding> findings = checker.check(zh, ru);
        if (findings.isEmpty()) {
            return List.of();
        }
        List<PairFinding> open = new ArrayList<>();
        List<PairFinding> dismissed = new ArrayList<>();
        for (Finding finding : findings) {
            Dismissal covering = null;
            for (Dismissal dismissal : known) {
                if (dismissal.pair().equals(pair.uuid()) && dismissal.covers(finding, zh, ru)) {
                    covering = dismissal;
                    break;
                }
            }
            (covering == null ? open : dismissed).add(new PairFinding(finding, covering));
        }
        open.addAll(dismissed);
        return List.copyOf(open);
    }

    /** The findings of the pair that no dismissal covers. */
    public List<Finding> openFindings(AlignedPair pair, Collection<Dismissal> known) {
        return review(pair, known).stream().filter(PairFinding::open).map(PairFinding::finding).toList();
    }

    /** Dismisses the finding for the pair's current texts, with the reason; saved (and journaled) at once. */
    public Dismissal dismiss(long meetingId, AlignedPair pair, Finding finding, String reason, Provenance by) {
        Dismissal dismissal = new Dismissal(pair.uuid(), finding.fingerprint(),
                Dismissal.textsHash(pair.zh().text(), pair.ru().text()), reason, by.writtenBy(),
                by.authorPersonId(), clock.instant());
        return dismissals.save(meetingId, dismissal);
    }

    /** Opens a dismissed finding again. */
    public void undoDismissal(long meetingId, UUID pair, Finding finding) {
        dismissals.remove(meetingId, pair, finding.fingerprint());
    }
}
