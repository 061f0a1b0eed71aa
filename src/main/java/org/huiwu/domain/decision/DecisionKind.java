// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.decision;

/** What the sides recorded: a decision of the meeting, or an action item someone has to carry out. */
public enum DecisionKind {
    DECISION,
    ACTION_ITEM
}
