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

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final ParityChecker checker;
    private final DismissalRepository dismissals;
    private final org.huiwu.domain.common.Side homeSide;
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

    /** @param homeSide the side of this archive: who dismisses when no person is known */
    public ParityReview(ParityChecker checker, DismissalRepository dismissals, org.huiwu.domain.common.Side homeSide,
                        Clock clock) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.dismissals = Objects.requireNonNull(dismissals, "dismissals");
        this.homeSide = Objects.requireNonNull(homeSide, "homeSide");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public ParityReview actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
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
        return review(Texts.of(pair), known);
    }

    /** The same for any bilingual texts of a meeting: an agenda item's title and note, a decision's text. */
    public List<PairFinding> review(Texts texts, Collection<Dismissal> known) {
        List<Finding> findings = new ArrayList<>();
        for (Part part : texts.parts()) {
            findings.addAll(checker.check(part.zh(), part.ru()));
        }
        if (findings.isEmpty()) {
            return List.of();
        }
        String hash = texts.hash();
        List<PairFinding> open = new ArrayList<>();
        List<PairFinding> dismissed = new ArrayList<>();
        for (Finding finding : findings) {
            Dismissal covering = null;
            for (Dismissal dismissal : known) {
                if (dismissal.covers(texts.key(), finding, hash)) {
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
        return dismiss(meetingId, Texts.of(pair), finding, reason, by);
    }

    /** Dismisses the finding for these texts as they read now. */
    public Dismissal dismiss(long meetingId, Texts texts, Finding finding, String reason, Provenance by) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Dismissal dismissal = new Dismissal(texts.key(), finding.fingerprint(), texts.hash(), reason,
                by.writtenBy(), by.authorPersonId(), clock.instant());
        return dismissals.save(meetingId, dismissal);
    }

    /** One aligned pair of texts, exactly as written (null read as empty). */
    public record Part(String zh, String ru) {

        public Part {
            zh = zh == null ? "" : zh;
            ru = ru == null ? "" : ru;
        }
    }

    /** Dismisses for the archive's own side, no person named (forms that do not ask who is writing). */
    public Dismissal dismissForHomeSide(long meetingId, Texts texts, Finding finding, String reason) {
        return dismiss(meetingId, texts, finding, reason, new Provenance(homeSide, null, clock.instant()));
    }

    /** Opens a dismissed finding of these texts again. */
    public void undoDismissal(long meetingId, Texts texts, Finding finding) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        undoDismissal(meetingId, texts.key(), finding);
    }

    /**
     * Bilingual texts checked together under one key (the UUID of the clause, agenda item or decision): each part
     * is an aligned pair of its own (a title, a note), and a dismissal holds while none of them changes.
     */
    public record Texts(UUID key, List<Part> parts) {

        public Texts {
            Objects.requireNonNull(key, "key");
            parts = List.copyOf(parts);
        }

        public static Texts of(AlignedPair pair) {
            return new Texts(pair.uuid(), List.of(new Part(pair.zh().text(), pair.ru().text())));
        }

        /** Texts with a single part. */
        public static Texts of(UUID key, String zh, String ru) {
            return new Texts(key, List.of(new Part(zh, ru)));
        }

        /** For a single part, the same hash as {@link Dismissal#textsHash} of its two texts. */
        String hash() {
            StringBuilder zh = new StringBuilder();
            StringBuilder ru = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    zh.append('\u0001');
                    ru.append('\u0001');
                }
                zh.append(parts.get(i).zh());
                ru.append(parts.get(i).ru());
            }
            return Dismissal.textsHash(zh.toString(), ru.toString());
        }
    }

    /** Opens a dismissed finding again. */
    public void undoDismissal(long meetingId, UUID pair, Finding finding) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        dismissals.remove(meetingId, pair, finding.fingerprint());
    }
}
