// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.huiwu.service.search.MarkedText;

/**
 * How texts become terms. Chinese has no spaces: its field holds every character and every overlapping pair of
 * characters (CJK bigrams with unigrams), so a word of two or more characters is found inside any sentence as a
 * phrase of pairs, and a one-character query as the character. Russian is stemmed (границы, границе, границей → границ). Latin names and
 * numbers are words in both. Highlights are the stretches of a stored text whose terms the query asked for.
 */
final class SearchAnalysis {

    static final String ZH = "zh";
    static final String RU = "ru";

    /** What the Chinese field holds: every character and every pair of neighbouring characters, same position. */
    private final Analyzer chinese = cjk(true);
    /** How a Chinese word is looked up: its character pairs as a phrase (a lone character stays one). */
    private final Analyzer chineseQuery = cjk(false);
    private final Analyzer russian = new RussianAnalyzer();
    private final Analyzer perField = new PerFieldAnalyzerWrapper(chinese, Map.of(ZH, chinese, RU, russian));
    private final QueryBuilder chineseQueries = new QueryBuilder(chineseQuery);
    private final QueryBuilder russianQueries = new QueryBuilder(russian);

    /** CJKAnalyzer's chain without its English stop words; with unigrams too, one-character queries find. */
    private static Analyzer cjk(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(source, new CJKBigramFilter(stream, CJKBigramFilter.HAN
                        | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams));
            }
        };
    }

    /** The analyzer the index writer uses, one per field. */
    Analyzer indexing() {
        return perField;
    }

    /** What a query text asks for: its Lucene query, and the terms to highlight in each language. */
    record Parsed(Query query, Set<String> zhTerms, Set<String> ruTerms) {
    }

    /**
     * Every word must occur in the Chinese or the Russian text of a document: a Chinese word as a run of characters
     * anywhere, a Russian word in any form. Null when the text holds no searchable word.
     */
    Parsed parse(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> zhTerms = new LinkedHashSet<>();
        Set<String> ruTerms = new LinkedHashSet<>();
        int words = 0;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            boolean any = false;
            Query zh = chineseQueries.createPhraseQuery(ZH, word);
            if (zh != null) {
                either.add(zh, BooleanClause.Occur.SHOULD);
                zhTerms.addAll(terms(chineseQuery, word));
                any = true;
            }
            Query ru = russianQueries.createBooleanQuery(RU, word, BooleanClause.Occur.MUST);
            if (ru != null) {
                either.add(ru, BooleanClause.Occur.SHOULD);
                ruTerms.addAll(terms(russian, word));
                any = true;
            }
            if (any) {
                all.add(either.build(), BooleanClause.Occur.MUST);
                words++;
            }
        }
        return words == 0 ? null : new Parsed(all.build(), zhTerms, ruTerms);
    }

    MarkedText markChinese(String text, Parsed parsed) {
        return new MarkedText(text, merged(spans(chinese, text, parsed.zhTerms())));
    }

    MarkedText markRussian(String text, Parsed parsed) {
        return new MarkedText(text, merged(spans(russian, text, parsed.ruTerms())));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static List<MarkedText.Span> spans(Analyzer analyzer, String text, Set<String> wanted) {
        List<MarkedText.Span> spans = new ArrayList<>();
        if (wanted.isEmpty() || text.isEmpty()) {
            return spans;
        }
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (wanted.contains(term.toString()) && offset.endOffset() > offset.startOffset()) {
                    spans.add(new MarkedText.Span(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** Sorted, with overlapping and touching spans joined (a phrase of character pairs is one mark). */
    private static List<MarkedText.Span> merged(List<MarkedText.Span> spans) {
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        List<MarkedText.Span> out = new ArrayList<>();
        for (MarkedText.Span span : spans) {
            MarkedText.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span.start() <= last.end()) {
                out.set(out.size() - 1, new MarkedText.Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return out;
    }
}
