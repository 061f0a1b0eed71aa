// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.util.stream.Collectors;

import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.i18n.AccessTexts;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.PassphrasePolicy;

/**
 * What a refused change of users or passphrases says, in the user's language, and the lines under a form that say
 * it.
 */
final class UserProblems {

    private UserProblems() {
    }

    /** The text for a refusal; empty for anything else, which is not the user's doing. */
    static java.util.Optional<String> text(Messages messages, RuntimeException e) {
        if (e instanceof AccessDeniedException denied) {
            return java.util.Optional.of(AccessTexts.denied(messages, denied));
        }
        if (e instanceof ValidationException invalid) {
            return java.util.Optional.of(invalid.violations().stream()
                    .map(v -> messages.get(v.messageKey(), PassphrasePolicy.MIN_LENGTH)).distinct()
                    .collect(Collectors.joining(" ")));
        }
        if (e instanceof ArchiveException archive) {
            return java.util.Optional.of(messages.get(archive.reason().messageKey(), archive.detail()));
        }
        return java.util.Optional.empty();
    }

    /** The line under a form that says what was refused (red) or, with {@code error} false, what was done. */
    static javafx.scene.control.Label line(String id, javafx.beans.value.ObservableStringValue text, boolean error) {
        javafx.scene.control.Label line = new javafx.scene.control.Label();
        line.setId(id);
        if (error) {
            line.getStyleClass().add("field-error");
        }
        line.setWrapText(true);
        line.textProperty().bind(text);
        return line;
    }
}
