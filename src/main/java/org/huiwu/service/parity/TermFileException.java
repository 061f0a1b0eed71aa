// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.List;

/** A termbase file that cannot be read or written; the message key and its arguments say why to the user. */
public final class TermFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public TermFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public TermFileException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
