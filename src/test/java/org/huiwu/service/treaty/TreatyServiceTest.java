// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.treaty.Treaty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TreatyServiceTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Treaty TREATY = new TreatyService(Clock.systemUTC()).treaty();

    @Test
    void theAgreementHasTenArticles() {
        assertThat(TREATY.articles()).extracting(Treaty.Article::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    }

    static Stream<Treaty.Article> articles() {
        return TREATY.articles().stream();
    }

    @ParameterizedTest(name = "article {index}")
    @MethodSource("articles")
    void everyArticleHasBothLanguagesInEveryParagraph(Treaty.Article article) {
        assertThat(article.heading().isComplete()).isTrue();
        assertThat(article.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p.isComplete()).isTrue());
    }

    @Test
    void bothTextsHaveEquallyManyParagraphsInEveryArticle() throws Exception {
        TreatyMarkdown zh = TreatyMarkdown.parse(resource(TreatyService.CHINESE_TEXT));
        TreatyMarkdown ru = TreatyMarkdown.parse(resource(TreatyService.RUSSIAN_TEXT));

        assertThat(zh.sections()).hasSize(10);
        assertThat(ru.sections()).hasSize(10);
        assertThat(zh.preamble()).hasSameSizeAs(ru.preamble());
        for (int i = 0; i < 10; i++) {
            assertThat(zh.sections().get(i).paragraphs())
                    .as("paragraphs of article %d", i + 1)
                    .hasSameSizeAs(ru.sections().get(i).paragraphs());
        }
    }

    private static String resource(String name) throws Exception {
        try (var in = TreatyServiceTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void articleHeadingsNameTheArticleInBothLanguages() {
        assertThat(TREATY.articles().get(0).heading()).isEqualTo(Bilingual.of("第一条", "Статья 1"));
        assertThat(TREATY.articles().get(9).heading()).isEqualTo(Bilingual.of("第十条", "Статья 10"));
    }

    @Test
    void articleThreeItemTwoIsOneParagraphInBothLanguages() {
        List<Bilingual> paragraphs = TREATY.articles().get(2).paragraphs();

        // Lead-in, then items (一) to (三): item (二) is not split, so the rows still pair up.
        assertThat(paragraphs).hasSize(4);
        Bilingual itemTwo = paragraphs.get(2);
        assertThat(itemTwo.zh()).startsWith("（二）").contains("双方通过外交渠道或边界代表机构联系。");
        assertThat(itemTwo.ru()).startsWith("2)").contains("через органы пограничных представителей");
    }

    @Test
    void preambleIsThereInBothLanguages() {
        assertThat(TREATY.preamble()).isNotEmpty().allSatisfy(p -> assertThat(p.isComplete()).isTrue());
        assertThat(TREATY.title().isComplete()).isTrue();
    }

    @Test
    void noParagraphDescribesHandwrittenSignatures() {
        List<String> texts = new ArrayList<>();
        texts.add(TREATY.title().zh());
        texts.add(TREATY.title().ru());
        Stream.concat(TREATY.preamble().stream(),
                        TREATY.articles().stream().flatMap(a -> a.paragraphs().stream()))
                .forEach(p -> {
                    texts.add(p.zh());
                    texts.add(p.ru());
                });

        assertThat(texts).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("handwritten"))
                .noneMatch(t -> t.contains("手写") || t.contains("рукопис") || t.contains("Рукопис"));
        // 签字 belongs in the text only where Art. 10 counts the term from signature, never as a signature line.
        assertThat(texts).filteredOn(t -> t.contains("签字")).singleElement(STRING)
                .contains("本协议自签字之日起生效");
    }

    @Test
    void labelLinesInItalicsAreNotPartOfTheText() {
        assertThat(TREATY.preamble()).noneMatch(p -> p.ru().startsWith("*") || p.ru().contains("Неофициальный"));
    }

    @Test
    void termTodayIsReckonedOnTheServiceClock() {
        Instant noon = LocalDate.of(2026, 11, 27).atTime(12, 0).atZone(BEIJING).toInstant();
        TreatyService service = new TreatyService(Clock.fixed(noon, BEIJING));

        assertThat(service.termToday().noticeDeadline()).isEqualTo(LocalDate.of(2028, 6, 16));
    }
}
