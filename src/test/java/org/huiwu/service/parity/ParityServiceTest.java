// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.List;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.parity.Finding;
import org.huiwu.domain.parity.ParityCheck;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Register names as the parity checks use them: full names, and Kyrgyz surnames alone. */
class ParityServiceTest {

    private static ParityChecker checkerWith(Term... names) {
        return new ParityChecker(new TermSource() {
            @Override
            public List<Term> terms() {
                return List.of();
            }

            @Override
            public List<Term> names() {
                return List.of(names);
            }
        });
    }

    @Test
    void aKyrgyzSurnameAloneIsANameOnBothSidesInAnyInflection() {
        Term asanov = ParityService.personName(Bilingual.of("阿萨诺夫·努尔兰", "Асанов Нурлан")).orElseThrow();
        assertThat(asanov.zh()).containsExactly("阿萨诺夫·努尔兰", "阿萨诺夫");
        assertThat(asanov.ru()).containsExactly("Асанов Нурлан", "Асанов");
        ParityChecker checker = checkerWith(asanov);

        assertThat(checker.check("阿萨诺夫同志介绍了情况。", "Информацию представил Асанов.")).isEmpty();
        assertThat(checker.check("双方听取了阿萨诺夫的报告。", "Стороны заслушали доклад Асанова.")).isEmpty();
        List<Finding> dropped = checker.check("阿萨诺夫同志介绍了情况。", "Информацию представил представитель.");
        assertThat(dropped).extracting(Finding::check).contains(ParityCheck.NAMES);
    }

    @Test
    void aChineseNameKeepsItsFullFormsOnly() {
        Term wang = ParityService.personName(Bilingual.of("王建国", "Ван Цзяньго")).orElseThrow();
        assertThat(wang.zh()).containsExactly("王建国");
        assertThat(wang.ru()).containsExactly("Ван Цзяньго");
        assertThat(ParityService.personName(Bilingual.of("阿萨诺夫", ""))).isEmpty();
    }
}
