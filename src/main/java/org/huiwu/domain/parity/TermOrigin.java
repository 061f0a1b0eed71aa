// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

/** Where a termbase entry came from: the seed (glossary, Art. 2 areas, Art. 4 categories), a user, or a file. */
public enum TermOrigin {
    GLOSSARY,
    ART2,
    ART4,
    USER,
    IMPORT
}
