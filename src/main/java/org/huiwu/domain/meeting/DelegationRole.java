// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

/** Roles in a delegation, in the order a delegation list shows them. */
public enum DelegationRole {
    REPRESENTATIVE,
    DEPUTY,
    ASSISTANT,
    INTERPRETER,
    LIAISON_OFFICER,
    EXPERT
}
