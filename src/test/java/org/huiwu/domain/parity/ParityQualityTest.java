// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.huiwu.domain.parity.ParityTestSet.ErrorClass;
import org.huiwu.domain.parity.ParityTestSet.Sample;
import org.junit.jupiter.api.Test;

/**
 * The measured quality of the parity checks on the generated test set (see {@link ParityTestSet}): thresholds were
 * tuned on the tuning half; the numbers that count come from the held-out half. A seeded error counts as caught
 * when the check of its class reports it (numbers by NUMBERS, …); a dropped or added clause by any finding. A
 * correct pair with any finding is a false alarm. Fails unless every seeded error is caught and at most 2 % of the
 * correct pairs are flagged.
 */
class ParityQualityTest {

    private static final ParityChecker CHECKER = new ParityChecker(ParityTestSet.termSource());

    record Report(Map<ErrorClass, int[]> perClass, int correct, int falseAlarms, List<String> misses,
            List<String> alarms) {
        int seeded() {
            return perClass.values().stream().mapToInt(c -> c[1]).sum();
        }

        int caught() {
            return perClass.values().stream().mapToInt(c -> c[0]).sum();
        }

        String table(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            out.append(String.format("%-16s %8s%n", "class", "caught/seeded"));
            perClass.forEach((k, v) -> out.append(String.format("%-16s %5d/%d%n", k, v[0], v[1])));
            out.append(String.format("%-16s %5d/%d%n", "ALL ERRORS", caught(), seeded()));
            out.append(String.format("%-16s %5d/%d (%.2f %%)%n", "FALSE ALARMS", falseAlarms, correct,
                    100.0 * falseAlarms / correct));
            return out.toString();
        }
    }

    static Report evaluate(List<Sample> samples) {
        Map<ErrorClass, int[]> perClass = new EnumMap<>(ErrorClass.class);
        int correct = 0;
        int alarms = 0;
        List<String> missed = new ArrayList<>();
        List<String> alarmed = new ArrayList<>();
        for (Sample sample : samples) {
            List<Finding> findings = CHECKER.check(sample.zh(), sample.ru());
            if (sample.correct()) {
                correct++;
                if (!findings.isEmpty()) {
                    alarms++;
                    alarmed.add(sample.origin() + " | " + sample.zh() + " | " + sample.ru() + " => " + findings);
                }
                continue;
            }
            int[] counts = perClass.computeIfAbsent(sample.error(), k -> new int[2]);
            counts[1]++;
            boolean caught = switch (sample.error()) {
                case DROPPED_CLAUSE, ADDED_CLAUSE -> !findings.isEmpty();
                default -> findings.stream().anyMatch(f -> f.check().name().equals(sample.error().name()));
            };
            if (caught) {
                counts[0]++;
            } else {
                missed.add(sample.error() + " " + sample.origin() + " | " + sample.zh() + " | " + sample.ru() + " => "
                        + findings);
            }
        }
        return new Report(perClass, correct, alarms, missed, alarmed);
    }

    @Test
    void theTestSetIsLargeEnough() {
        List<Sample> all = ParityTestSet.build(ParityTestSet.SEED);
        assertThat(all.stream().filter(Sample::correct).count()).isGreaterThanOrEqualTo(300);
        assertThat(all.stream().filter(s -> !s.correct()).count()).isGreaterThanOrEqualTo(150);
        assertThat(all.stream().filter(s -> !s.correct()).map(Sample::error).distinct().count())
                .isEqualTo(ErrorClass.values().length);
        assertThat(ParityTestSet.build(ParityTestSet.SEED)).as("same seed, same set").isEqualTo(all);
    }

    @Test
    void tuningHalf() {
        Report report = evaluate(ParityTestSet.split(ParityTestSet.SEED).tuning());
        System.out.println(report.table("Parity checks, TUNING half"));
        report.misses().forEach(m -> System.out.println("MISSED " + m));
        report.alarms().forEach(m -> System.out.println("ALARM  " + m));
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Sample sample : ParityTestSet.split(ParityTestSet.SEED).tuning()) {
            int zh = ParityChecker.letters(sample.zh());
            if (sample.correct() && zh >= ParityChecker.Tuning.DEFAULT.minChineseForLength()) {
                double ratio = (double) ParityChecker.letters(sample.ru()) / zh;
                min = Math.min(min, ratio);
                max = Math.max(max, ratio);
            }
        }
        System.out.printf("ru/zh letter ratio of correct tuning pairs: %.2f .. %.2f (default range %.2f .. %.2f)%n",
                min, max, ParityChecker.Tuning.DEFAULT.minRatio(), ParityChecker.Tuning.DEFAULT.maxRatio());
    }

    @Test
    void heldOutHalfCatchesEverySeededErrorWithAtMostTwoPercentFalseAlarms() {
        Report report = evaluate(ParityTestSet.split(ParityTestSet.SEED).heldOut());
        System.out.println(report.table("Parity checks, HELD-OUT half"));
        report.misses().forEach(m -> System.out.println("MISSED " + m));
        report.alarms().forEach(m -> System.out.println("ALARM  " + m));
        assertThat(report.misses()).as("seeded errors not caught").isEmpty();
        assertThat(report.falseAlarms()).as("false alarms").isLessThanOrEqualTo((int) (report.correct() * 0.02));
    }
}
