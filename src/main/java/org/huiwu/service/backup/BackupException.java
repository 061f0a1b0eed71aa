// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

/** A backup could not be written, verified or restored; the reason names a message in the user's language. */
public class BackupException extends RuntimeException {

    private final Reason reason;
    private final String detail;

    public BackupException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public BackupException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The file or folder concerned, shown next to the reason. */
    public String detail() {
        return detail;
    }

    public enum Reason {
        /** Not a Huiwu backup at all (another program's file, or not a backup of ours). */
        FOREIGN("backup.error.foreign"),
        /** Written by a newer Huiwu. */
        NEWER_FORMAT("backup.error.newerFormat"),
        /** No key slot of the backup opens with the passphrase. */
        WRONG_PASSPHRASE("backup.error.wrongPassphrase"),
        /** A part fails authentication: changed or damaged after it was written. */
        DAMAGED("backup.error.damaged"),
        /** The file ends before its last part: cut off while copying or writing. */
        TRUNCATED("backup.error.truncated"),
        /** The restored database does not open. */
        UNREADABLE("backup.error.unreadable"),
        /** A restore never writes into a folder that already holds anything. */
        TARGET_EXISTS("backup.error.targetExists"),
        /** No backup folder was chosen in Settings. */
        NO_FOLDER("backup.error.noFolder"),
        DISK_FULL("backup.error.diskFull"),
        IO("backup.error.io");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The message's key; its one placeholder {0} is the detail. */
        public String messageKey() {
            return messageKey;
        }
    }
}
