// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.service.minutes.InMemoryMinutes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationMemoryTest {

    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");
    private static final Provenance CN = Provenance.of(Side.CHINA, 1, AT);
    private static final Provenance KG = Provenance.of(Side.KYRGYZSTAN, 3, AT);

    private final InMemoryMinutes archive = new InMemoryMinutes();
    private final TranslationMemory memory = new TranslationMemory(archive, archive);

    private static AlignedPair pair(String zh, String ru) {
        return AlignedPair.empty().withText(RecordLanguage.ZH, zh, CN).withText(RecordLanguage.RU, ru, KG);
    }

    private static Minutes minutes(long meeting, AlignedPair... pairs) {
        return new Minutes(UUID.randomUUID(), meeting, 1, MinutesState.DRAFT, List.of(pairs));
    }

    @Test
    void aChineseTextFindsEarlierPairsByTheirChineseAndShowsBothSides() {
        archive.save(minutes(InMemoryMinutes.MEETING,
                pair("双方交换了边境地区形势的信息。", "Стороны обменялись информацией об обстановке в приграничном районе."),
                pair("下次会谈将于明年五月举行。", "Следующие переговоры состоятся в мае следующего года."),
                pair("只有中文", "")));
        memory.build();

        List<TranslationMemory.Match> matches = memory.similar(RecordLanguage.ZH, "双方交换了边境地区形势的情况。", 5);

        assertThat(memory.isReady()).isTrue();
        assertThat(memory.size()).isEqualTo(2); // the pair without Russian is not aligned yet
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).ru()).startsWith("Стороны обменялись");
        assertThat(matches.get(0).zh()).startsWith("双方交换了");
        assertThat(matches.get(0).score()).isBetween(0.7, 1.0);
    }

    @Test
    void aRussianTextFindsEarlierPairsByTheirRussianInOtherInflections() {
        memory.indexSaved(minutes(1,
                pair("双方交换了边境地区形势的信息。", "Стороны обменялись информацией об обстановке в приграничном районе."),
                pair("下次会谈将于明年五月举行。", "Следующие переговоры состоятся в мае следующего года.")));

        List<TranslationMemory.Match> matches = memory.similar(RecordLanguage.RU,
                "Стороны обменяются информацией об обстановке в приграничных районах", 5);

        assertThat(matches).extracting(TranslationMemory.Match::zh).containsExactly("双方交换了边境地区形势的信息。");
        assertThat(memory.similar(RecordLanguage.RU, "Совершенно другой текст про погоду", 5)).isEmpty();
    }

    @Test
    void aSaveReplacesTheMeetingsPairsAndIdenticalPairsAreShownOnce() {
        AlignedPair clause = pair("本纪要一式两份。", "Настоящий протокол составлен в двух экземплярах.");
        memory.indexSaved(minutes(1, clause));
        memory.indexSaved(minutes(2, pair(clause.zh().text(), clause.ru().text())));
        assertThat(memory.similar(RecordLanguage.ZH, "本纪要一式两份", 5)).hasSize(1);

        AlignedPair edited = clause.withText(RecordLanguage.ZH, "本纪要一式三份。", CN);
        memory.indexSaved(minutes(1, edited));
        memory.indexSaved(minutes(2));

        assertThat(memory.size()).isEqualTo(1);
        assertThat(memory.similar(RecordLanguage.ZH, "本纪要一式两份", 5)).extracting(TranslationMemory.Match::zh)
                .containsExactly("本纪要一式三份。");
        // The pair being written does not suggest itself.
        assertThat(memory.similar(RecordLanguage.ZH, "本纪要一式三份。", 5, edited.uuid())).isEmpty();
    }

    /** Not a timed assertion: prints how long building and querying 20,000 pairs take on this machine. */
    @Test
    void benchmarkTwentyThousandPairs() {
        Random random = new Random(5);
        String[] zh = ("双方 边界 代表 会晤 交换 信息 国界 地区 形势 非法 越界 人员 移交 毒品 走私 武器 协商 措施 加强 合作 "
                + "联络 军官 会谈 纪要 议程 巡逻 联合 行动 自然 灾害 疫情 通报 确认 同意 建议 下次 举行 地点 时间").split(" ");
        String[] ru = ("стороны граница пограничный представитель встреча обмен информация обстановка район "
                + "незаконный пересечение нарушитель передача наркотики контрабанда оружие согласовать меры "
                + "усилить сотрудничество офицер связи переговоры протокол повестка патрулирование совместный "
                + "операция стихийное бедствие эпидемия уведомить подтвердить согласие предложить следующий "
                + "провести место время").split(" ");
        TranslationMemory big = new TranslationMemory(archive, archive);
        long start = System.nanoTime();
        for (int meeting = 0; meeting < 400; meeting++) {
            AlignedPair[] pairs = new AlignedPair[50];
            for (int p = 0; p < pairs.length; p++) {
                pairs[p] = pair(sentence(random, zh, ""), sentence(random, ru, " "));
            }
            big.indexSaved(minutes(meeting, pairs));
        }
        long built = System.nanoTime() - start;
        for (int warm = 0; warm < 200; warm++) {
            big.similar(warm % 2 == 0 ? RecordLanguage.ZH : RecordLanguage.RU,
                    warm % 2 == 0 ? sentence(random, zh, "") : sentence(random, ru, " "), 5);
        }
        List<Long> times = new ArrayList<>();
        int found = 0;
        for (int q = 0; q < 400; q++) {
            RecordLanguage language = q % 2 == 0 ? RecordLanguage.ZH : RecordLanguage.RU;
            String text = language == RecordLanguage.ZH ? sentence(random, zh, "") : sentence(random, ru, " ");
            long t = System.nanoTime();
            found += big.similar(language, text, 5).size();
            times.add(System.nanoTime() - t);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("Translation memory: %d pairs indexed in %d ms; query p50 %.2f ms, p95 %.2f ms, "
                        + "max %.2f ms (%d matches over 400 queries, after 200 warm-up queries; a 40-word vocabulary, so every query touches most pairs: a worst case)%n", big.size(), built / 1_000_000,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6,
                sorted[sorted.length - 1] / 1e6, found);
        assertThat(big.size()).isEqualTo(20_000);
    }

    private static String sentence(Random random, String[] words, String separator) {
        String[] picked = new String[6 + random.nextInt(10)];
        Arrays.setAll(picked, i -> words[random.nextInt(words.length)]);
        return String.join(separator, picked);
    }
}
