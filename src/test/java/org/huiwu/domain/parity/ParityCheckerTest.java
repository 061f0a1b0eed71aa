// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParityCheckerTest {

    private static final ParityChecker CHECKER = new ParityChecker(ParityTestSet.termSource());

    @Test
    void agreeingPairHasNoFinding() {
        assertThat(CHECKER.check("本协议于二〇〇八年十二月十六日在北京签订，一式两份。",
                "Совершено в Пекине 16 декабря 2008 года в двух экземплярах.")).isEmpty();
    }

    @Test
    void eachCheckNamesBothFragments() {
        assertThat(CHECKER.check("双方同意在16天内答复。", "Стороны согласились ответить в течение семнадцати дней."))
                .containsExactly(new Finding(ParityCheck.NUMBERS, "16", "семнадцати"));
        assertThat(CHECKER.check("会谈于14:30开始。", "Переговоры начались в 15:30."))
                .containsExactly(new Finding(ParityCheck.TIMES, "14:30", "15:30"));
        assertThat(CHECKER.check("中方边界代表王建国主持会谈。", "Переговоры вёл помощник китайской стороны Ван Цзяньго."))
                .containsExactly(new Finding(ParityCheck.TERMS, "边界代表", "помощник"));
        assertThat(CHECKER.check("双方在吐尔尕特会晤。", "Стороны встретились в Иркештаме."))
                .containsExactly(new Finding(ParityCheck.NAMES, "吐尔尕特", "Иркештаме"));
        assertThat(CHECKER.check("会谈内容", " ")).containsExactly(new Finding(ParityCheck.EMPTY_SIDE, "会谈内容", ""));
        assertThat(CHECKER.check("(二) 协商措施；", "3) согласование мер;"))
                .containsExactly(new Finding(ParityCheck.NUMBERING, "(二)", "3)"));
    }

    @Test
    void fingerprintIsStableAndFollowsTheFragments() {
        Finding a = new Finding(ParityCheck.NUMBERS, "16", "17");
        assertThat(a.fingerprint()).isEqualTo(new Finding(ParityCheck.NUMBERS, "16", "17").fingerprint())
                .startsWith("NUMBERS:");
        assertThat(a.fingerprint()).isNotEqualTo(new Finding(ParityCheck.NUMBERS, "16", "18").fingerprint());
    }

    @Test
    void aMatchingTypicalPairHasNoFindingsAndItsCheckingTimeIsPrinted() {
        String zh = "双方商定于2024年5月16日上午10时在吐尔尕特会晤站举行第十二次边界代表会谈，吉方代表团由5人组成，团长为阿萨诺夫·努尔兰。"
                + "双方交换了非法越界、毒品和武器的信息。";
        String ru = "Стороны договорились провести двенадцатые переговоры пограничных представителей 16 мая 2024 года в "
                + "10:00 в пункте встреч Торугарт; делегация кыргызской стороны в составе пяти человек во главе с "
                + "Асановым Нурланом. Стороны обменялись информацией о незаконном пересечении границы, наркотиках и "
                + "оружии.";
        for (int i = 0; i < 2_000; i++) {
            CHECKER.check(zh, ru);
        }
        // The best of ten batches: a loaded build machine slows some batches down, not the checker.
        int runs = 500;
        double micros = Double.MAX_VALUE;
        List<Finding> last = null;
        for (int batch = 0; batch < 10; batch++) {
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                last = CHECKER.check(zh, ru);
            }
            micros = Math.min(micros, (System.nanoTime() - start) / 1_000.0 / runs);
        }
        System.out.printf("ParityChecker: %.1f µs per pair (%d + %d chars), findings %s%n", micros, zh.length(),
                ru.length(), last);
        // A figure, not a timed assertion (speed is reported, not asserted); the pair itself must read as matching.
        assertThat(last).isEmpty();
    }
}
