// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.common;

/** One broken rule: the field it concerns and the message key that explains it in the user's language. */
public record Violation(String field, String messageKey) {
}
