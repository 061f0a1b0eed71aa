// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.backup;

import java.io.IOException;

/** A backup file that is not one, is newer, fails authentication or ends too early. */
public final class BackupFormatException extends IOException {

    /** What is wrong with the file. */
    public enum Kind {
        NOT_A_BACKUP,
        NEWER_VERSION,
        DAMAGED,
        TRUNCATED
    }

    private final Kind kind;

    BackupFormatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
