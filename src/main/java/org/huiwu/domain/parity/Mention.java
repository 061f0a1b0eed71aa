// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

/**
 * A value found in a text: where it stands ({@code start} to {@code end}) and a key that compares values across the
 * two writing systems. A weak mention (the "one" of 一方 or одна из сторон) may answer a mention of the other side
 * but is never reported missing itself.
 */
record Mention(String key, int start, int end, boolean weak) {

    String fragment(String text) {
        return text.substring(start, end);
    }

    boolean overlaps(boolean[] taken) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    void take(boolean[] taken) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
