// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.archive;

/** An archive could not be opened or written; the reason names a message the user reads in their language. */
public class ArchiveException extends RuntimeException {

    private final Reason reason;
    private final String detail;

    public ArchiveException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public ArchiveException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The folder or file concerned, shown to the user next to the reason. */
    public String detail() {
        return detail;
    }

    public enum Reason {
        NOT_FOUND("archive.error.notFound"),
        WRONG_PASSPHRASE("archive.error.wrongPassphrase"),
        ALREADY_EXISTS("archive.error.alreadyExists"),
        IN_USE("archive.error.inUse"),
        NOT_AN_ARCHIVE("archive.error.notAnArchive"),
        DAMAGED("archive.error.damaged"),
        NEWER_FORMAT("archive.error.newerFormat"),
        IO("archive.error.io"),
        /** A minutes version with a signed protocol cannot change: corrections go into a new version. */
        SIGNED("archive.error.signed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
