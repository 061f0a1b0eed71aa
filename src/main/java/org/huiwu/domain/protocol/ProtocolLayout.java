// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

/** How the two languages share the pages. */
public enum ProtocolLayout {
    /** Two columns; each clause starts on the same line in both. */
    PARALLEL,
    /** The whole text in the first language, then the whole in the second. */
    SEQUENTIAL
}
