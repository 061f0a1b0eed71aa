// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import java.util.Arrays;
import java.util.Optional;

/** What a new passphrase must be. Anyone holding it can read the whole archive, so it must not be trivial. */
public final class PassphrasePolicy {

    public static final int MIN_LENGTH = 8;

    private PassphrasePolicy() {
    }

    /** The message key of what is wrong with a new passphrase and its repetition, or empty when it is fine. */
    public static Optional<String> check(char[] passphrase, char[] repeated) {
        if (passphrase.length < MIN_LENGTH) {
            return Optional.of("passphrase.tooShort");
        }
        // Checked char by char: a String copy of the passphrase could not be wiped.
        boolean blank = true;
        for (char c : passphrase) {
            blank &= Character.isWhitespace(c);
        }
        if (blank) {
            return Optional.of("passphrase.tooShort");
        }
        if (!Arrays.equals(passphrase, repeated)) {
            return Optional.of("passphrase.mismatch");
        }
        return Optional.empty();
    }
}
