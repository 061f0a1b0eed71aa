// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.util.List;
import java.util.Objects;

/** A file of past minutes could not be read; nothing was saved. The reason names a message for the user. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final List<Object> arguments;

    ImportException(Reason reason, Object... arguments) {
        super(reason + " " + List.of(arguments));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.of(arguments);
    }

    ImportException(Reason reason, Throwable cause, Object... arguments) {
        this(reason, arguments);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The message's arguments; the first is always the file name. */
    public List<Object> arguments() {
        return arguments;
    }

    public enum Reason {
        /** Not a Word DOCX file (another format, or damaged). */
        NOT_DOCX("importing.error.notDocx"),
        /** A Word 97–2003 .doc: POI's OOXML reader does not read it; Word saves it as DOCX. */
        OLD_DOC("importing.error.oldDoc"),
        /** A DOCX protected with a password. */
        ENCRYPTED("importing.error.encrypted"),
        /** No table with a Chinese and a Russian column. */
        NO_BILINGUAL_TABLE("importing.error.noBilingualTable"),
        /** Larger than {@link MinutesImport#LARGEST_FILE}; argument 1 is the limit in MB. */
        TOO_LARGE("importing.error.tooLarge"),
        /** A TSV that is neither UTF-8 nor UTF-16 with a byte order mark. */
        NOT_TEXT("importing.error.notText"),
        /** A TSV quote opened and never closed; argument 1 is the line where it opened. */
        UNCLOSED_QUOTE("importing.error.unclosedQuote"),
        /** The file could not be read at all; argument 1 is the system's reason. */
        UNREADABLE("importing.error.unreadable");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }
}
