// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

/** One entry of a filter's list: a value (null for "any") with the text shown for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
