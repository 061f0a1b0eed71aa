// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.exchange;

import java.util.List;
import java.util.Objects;

/**
 * A meeting could not be exported or imported. The reason names a message the user reads in their language, filled
 * with {@link #arguments()}; when it is thrown by an import, nothing was written.
 */
public class ExchangeException extends RuntimeException {

    private final Reason reason;
    private final List<Object> arguments;

    public ExchangeException(Reason reason, Object... arguments) {
        super(reason + ": " + List.of(arguments));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public List<Object> arguments() {
        return arguments;
    }

    public enum Reason {
        /** {0}: the local id asked for. Arguments are strings: MessageFormat would group the digits of numbers. */
        MEETING_NOT_FOUND("exchange.error.meetingNotFound", false),
        /** {0}: the meeting's UUID, {1}: its local id in this archive. */
        MEETING_EXISTS("exchange.error.meetingExists", true),
        /** {0}: the version's UUID, {1}: its number. */
        VERSION_EXISTS("exchange.error.versionExists", true),
        /** {0}: the UUID of an agenda item, decision or delegation place that the archive already holds. */
        RECORD_EXISTS("exchange.error.recordExists", true);

        private final String messageKey;
        private final boolean alreadyThere;

        Reason(String messageKey, boolean alreadyThere) {
            this.messageKey = messageKey;
            this.alreadyThere = alreadyThere;
        }

        public String messageKey() {
            return messageKey;
        }

        /** The archive already holds (part of) what was to be imported: a refusal, not an error in the input. */
        public boolean alreadyThere() {
            return alreadyThere;
        }
    }
}
