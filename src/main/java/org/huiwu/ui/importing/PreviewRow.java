// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.importing;

/** One clause in the import preview: its number, both texts as read, and the warnings in the user's language. */
public record PreviewRow(int number, String zh, String ru, String warnings) {

    public boolean flagged() {
        return !warnings.isEmpty();
    }
}
