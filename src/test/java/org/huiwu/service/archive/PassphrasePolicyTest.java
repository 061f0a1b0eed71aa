// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasePolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "correct horse battery staple", "边境会晤口令很长", "Ңөү Торугарт"})
    void aPassphraseOfAtLeastEightCharactersTypedTwiceAlikeIsAccepted(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), passphrase.toCharArray())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "sample", "1234567", "边境会晤口令"})
    void aPassphraseShorterThanEightCharactersIsTooShort(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), passphrase.toCharArray()))
                .contains("passphrase.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"        ", "\t\t\t\t\t\t\t\t", "　　　　　　　　"})
    void aPassphraseOfOnlyBlanksIsTooShort(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), passphrase.toCharArray()))
                .contains("passphrase.tooShort");
    }

    @Test
    void twoDifferentPassphrasesAreAMismatch() {
        assertThat(PassphrasePolicy.check("correct horse".toCharArray(), "correct horse ".toCharArray()))
                .contains("passphrase.mismatch");
        assertThat(PassphrasePolicy.check("correct horse".toCharArray(), new char[0]))
                .contains("passphrase.mismatch");
    }

    @Test
    void tooShortIsReportedBeforeAMismatch() {
        assertThat(PassphrasePolicy.check("short".toCharArray(), "other".toCharArray()))
                .contains("passphrase.tooShort");
    }

    @Test
    void theMinimumIsEightCharacters() {
        assertThat(PassphrasePolicy.MIN_LENGTH).isEqualTo(8);
    }

    @Test
    void checkingLeavesTheArraysAsTheyWere() {
        char[] passphrase = "correct horse".toCharArray();
        char[] repeated = "correct horse".toCharArray();

        PassphrasePolicy.check(passphrase, repeated);

        assertThat(passphrase).containsExactly("correct horse".toCharArray());
        assertThat(repeated).containsExactly("correct horse".toCharArray());
    }
}
