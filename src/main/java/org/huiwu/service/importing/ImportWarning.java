// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

/** Something the preview points out about one imported clause; the clause is imported all the same. */
public enum ImportWarning {
    /** Only Russian text in this row: the Chinese side stays empty, to be written. */
    NO_CHINESE("importing.warning.noChinese"),
    /** Only Chinese text in this row: the Russian side stays empty, to be written. */
    NO_RUSSIAN("importing.warning.noRussian"),
    /** The row had the languages the other way round than the table's columns; they were put right. */
    SWAPPED("importing.warning.swapped"),
    /** The row continues a cell merged across rows; its text was joined to the clause above. */
    MERGED("importing.warning.merged");

    private final String messageKey;

    ImportWarning(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
