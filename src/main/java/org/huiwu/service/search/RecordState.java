// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

/** How far a meeting's record has come, as the search filters it: draft, final minutes, or a signed protocol. */
public enum RecordState {
    /** No minutes yet, or minutes not final. */
    DRAFT,
    /** The newest minutes are final. */
    FINAL,
    /** A signed protocol is stored for the meeting. */
    SIGNED
}
