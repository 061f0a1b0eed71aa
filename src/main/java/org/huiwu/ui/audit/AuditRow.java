// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.audit;

/**
 * One entry of the trail as the table shows it: every text already in the user's language and time zone, the subject
 * by the name of what it names, and the subject as stored ({@code rawSubject}) for who needs the exact reference.
 */
public record AuditRow(long sequence, String time, String user, String role, String action, String subject,
                       String detail, String rawSubject) {
}
