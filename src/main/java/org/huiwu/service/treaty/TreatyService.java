// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.treaty.Treaty;
import org.huiwu.domain.treaty.TreatyTerm;
import org.huiwu.domain.treaty.TreatyTerm.TermStatus;

/** The 2008 agreement as the app shows it, and the state of its term today. */
public class TreatyService {

    static final String CHINESE_TEXT = "/org/huiwu/treaty/agreement-2008.zh.md";
    static final String RUSSIAN_TEXT = "/org/huiwu/treaty/agreement-2008.ru.md";

    private final Clock clock;
    private Treaty treaty;

    public TreatyService(Clock clock) {
        this.clock = clock;
    }

    /** The agreement, Chinese original and unofficial Russian rendering aligned by paragraph. */
    public synchronized Treaty treaty() {
        if (treaty == null) {
            treaty = align(TreatyMarkdown.parse(read(CHINESE_TEXT)), TreatyMarkdown.parse(read(RUSSIAN_TEXT)));
        }
        return treaty;
    }

    public TermStatus termToday() {
        return TreatyTerm.on(LocalDate.now(clock));
    }

    static Treaty align(TreatyMarkdown zh, TreatyMarkdown ru) {
        if (zh.sections().size() != ru.sections().size()) {
            throw new IllegalStateException("Chinese and Russian texts have different numbers of articles");
        }
        List<Treaty.Article> articles = new ArrayList<>();
        for (int i = 0; i < zh.sections().size(); i++) {
            TreatyMarkdown.Section zhSection = zh.sections().get(i);
            TreatyMarkdown.Section ruSection = ru.sections().get(i);
            articles.add(new Treaty.Article(i + 1, Bilingual.of(zhSection.heading(), ruSection.heading()),
                    pair(zhSection.paragraphs(), ruSection.paragraphs())));
        }
        return new Treaty(Bilingual.of(zh.title(), ru.title()), pair(zh.preamble(), ru.preamble()), articles);
    }

    private static List<Bilingual> pair(List<String> zh, List<String> ru) {
        if (zh.size() != ru.size()) {
            throw new IllegalStateException("Paragraphs are not aligned: " + zh.size() + " vs " + ru.size());
        }
        List<Bilingual> pairs = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            pairs.add(Bilingual.of(zh.get(i), ru.get(i)));
        }
        return pairs;
    }

    private static String read(String resource) {
        try (InputStream in = TreatyService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
