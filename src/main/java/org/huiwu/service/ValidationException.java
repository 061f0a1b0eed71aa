// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service;

import java.util.List;

import org.huiwu.domain.common.Violation;

/** A change was refused because it breaks rules; nothing was written. */
public class ValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
