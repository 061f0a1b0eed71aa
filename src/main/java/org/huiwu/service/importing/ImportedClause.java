// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.util.Objects;
import java.util.Set;

/**
 * One clause as read from the file, before anything is saved: its two texts (line breaks kept; either may be empty)
 * and what the preview should point out about it.
 */
public record ImportedClause(String zh, String ru, Set<ImportWarning> warnings) {

    public ImportedClause {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(ru, "ru");
        warnings = Set.copyOf(warnings);
    }

    /** A clause with the warnings its texts call for: an empty side is flagged. */
    static ImportedClause of(String zh, String ru, Set<ImportWarning> more) {
        java.util.EnumSet<ImportWarning> warnings = java.util.EnumSet.noneOf(ImportWarning.class);
        warnings.addAll(more);
        if (zh.isBlank()) {
            warnings.add(ImportWarning.NO_CHINESE);
        }
        if (ru.isBlank()) {
            warnings.add(ImportWarning.NO_RUSSIAN);
        }
        return new ImportedClause(zh, ru, warnings);
    }
}
