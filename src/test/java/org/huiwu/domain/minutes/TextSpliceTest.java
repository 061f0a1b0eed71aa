// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSpliceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "border|borders|6|''|s",
            "border guard|border|6|' guard'|''",
            "双方同意|双方不同意|2|''|不",
            "𠀀𠀁|𠀀𠀂|2|𠀁|𠀂",
            "''|Стороны|0|''|Стороны"})
    void theSmallestSpliceBetweenTwoTextsTurnsOneIntoTheOther(String before, String after, int offset,
                                                              String removed, String inserted) {
        TextSplice splice = TextSplice.between(before, after);

        assertThat(splice).isEqualTo(new TextSplice(offset, removed, inserted));
        assertThat(splice.applyTo(before)).isEqualTo(after);
        assertThat(splice.inverse().applyTo(after)).isEqualTo(before);
    }

    @Test
    void aSpliceThatDoesNotMatchTheTextIsABugNotAnEdit() {
        TextSplice splice = new TextSplice(0, "граница", "");

        assertThatThrownBy(() -> splice.applyTo("рубеж")).isInstanceOf(IllegalStateException.class);
    }
}
