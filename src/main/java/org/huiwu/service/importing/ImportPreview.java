// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.util.List;
import java.util.Objects;

/**
 * The pairing read from a file of past minutes, shown to the user before anything is saved.
 *
 * @param fileName the file's name, for messages and a new meeting's title
 * @param clauses the clauses in the file's order, never empty
 */
public record ImportPreview(String fileName, List<ImportedClause> clauses) {

    public ImportPreview {
        Objects.requireNonNull(fileName, "fileName");
        clauses = List.copyOf(clauses);
    }

    /** How many clauses the preview flags, for a summary line. */
    public long flagged() {
        return clauses.stream().filter(clause -> !clause.warnings().isEmpty()).count();
    }
}
