// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.treaty;

import java.util.List;

import org.huiwu.domain.common.Bilingual;

/**
 * The agreement's text: Chinese from the signed original, Russian as an unofficial rendering of our own (the
 * official Russian text is not available to the app), aligned paragraph by paragraph.
 */
public record Treaty(Bilingual title, List<Bilingual> preamble, List<Article> articles) {

    public Treaty {
        preamble = List.copyOf(preamble);
        articles = List.copyOf(articles);
    }

    /** One article (or the closing part), heading and paragraphs in both languages. */
    public record Article(int number, Bilingual heading, List<Bilingual> paragraphs) {

        public Article {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
