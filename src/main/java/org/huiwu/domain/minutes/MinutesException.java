// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.Objects;

/** An edit of the minutes was refused; the reason names a message the user reads in their language. */
public class MinutesException extends RuntimeException {

    private final Reason reason;

    public MinutesException(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public MinutesException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public enum Reason {
        /** Final minutes are locked: reopen them as a new version to change anything. */
        FINAL("minutes.error.final"),
        /** Only minutes whose every pair is agreed by both sides, none stale, can be made final. */
        NOT_AGREED("minutes.error.notAgreed"),
        /** Only final minutes can be reopened; draft ones are edited in place. */
        NOT_FINAL("minutes.error.notFinal"),
        /** Nothing written, nothing to confirm. */
        EMPTY_TEXT("minutes.error.emptyText"),
        /** A side that was never agreed has nothing to compare against. */
        NO_AGREEMENT("minutes.error.noAgreement"),
        /** The last clause has no next one to merge with. */
        NO_NEXT_PAIR("minutes.error.noNextPair"),
        /** Agreement is given by a member of the owning side who attended the meeting. */
        NOT_ATTENDING("minutes.error.notAttending"),
        /** A version that was finalized is kept as it was; only a new version changes it. */
        VERSION_LOCKED("minutes.error.versionLocked"),
        /** The pair is not (or no longer) in these minutes, e.g. another window deleted it. */
        PAIR_NOT_FOUND("minutes.error.pairNotFound");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
