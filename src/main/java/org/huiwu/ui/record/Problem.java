// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Objects;
import java.util.stream.Collectors;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;

/**
 * Something the user has to be told, worded in their language: what failed (headline) and why or what to do
 * (details). The record panes' view models report these; the panes show them in an error dialog.
 */
public record Problem(String headline, String details) {

    public Problem {
        Objects.requireNonNull(headline, "headline");
        details = Objects.requireNonNullElse(details, "");
    }

    /**
     * The problem a failed call caused: the rules a {@link ValidationException} names, the reason of an
     * {@link ArchiveException}, or else {@code otherwise} (a failure the user cannot act on in detail).
     */
    public static Problem of(String headline, RuntimeException failure, Messages messages, String otherwise) {
        if (failure instanceof ValidationException refused) {
            return new Problem(headline, refused.violations().stream()
                    .map(violation -> messages.get(violation.messageKey()))
                    .distinct()
                    .collect(Collectors.joining("\n")));
        }
        if (failure instanceof org.huiwu.domain.access.AccessDeniedException denied) {
            return new Problem(headline, org.huiwu.i18n.AccessTexts.denied(messages, denied));
        }
        if (failure instanceof ArchiveException archive) {
            return new Problem(headline, messages.get(archive.reason().messageKey(), archive.detail()));
        }
        return new Problem(headline, otherwise);
    }
}
