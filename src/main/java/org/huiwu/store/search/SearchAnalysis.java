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
    record Parsed(Query query, List<String> words, Set<String> ruTerms) {
    }

    /**
     * Every word must occur in the Chinese or the Russian text of a document: a Chinese word as a run of characters
     * anywhere, a Russian word in any form. Null when the text holds no searchable word.
     */
    Parsed parse(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = new ArrayList<>();
        Set<String> ruTerms = new LinkedHashSet<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            boolean any = false;
            Query zh = chineseQueries.createPhraseQuery(ZH, word);
            if (zh != null) {
                either.add(zh, BooleanClause.Occur.SHOULD);
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
                words.add(word);
            }
        }
        return words.isEmpty() ? null : new Parsed(all.build(), words, ruTerms);
    }

    /**
     * Marks the query's Chinese words where they stand (a phrase of character pairs matches exactly the word's
     * characters), and Latin words and numbers the same way; a plain scan, no analysis, fifty hits a search.
     */
    MarkedText markChinese(String text, Parsed parsed) {
        List<MarkedText.Span> spans = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : parsed.words()) {
            String wanted = word.toLowerCase(java.util.Locale.ROOT);
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                spans.add(new MarkedText.Span(at, at + wanted.length()));
            }
        }
        return new MarkedText(text, merged(spans));
    }

    /**
     * Marks the words whose stem the query asked for. Only words that begin like one of the stems are stemmed
     * (a stem is the start of its forms, ё aside), so a hit's text is not analysed whole.
     */
    MarkedText markRussian(String text, Parsed parsed) {
        List<MarkedText.Span> spans = new ArrayList<>();
        if (!parsed.ruTerms().isEmpty()) {
            java.util.regex.Matcher word = WORD.matcher(text);
            while (word.find()) {
                String lower = word.group().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
                for (String stem : parsed.ruTerms()) {
                    if (lower.startsWith(stem) && terms(russian, lower).contains(stem)) {
                        spans.add(new MarkedText.Span(word.start(), word.end()));
                        break;
                    }
                }
            }
        }
        return new MarkedText(text, merged(spans));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

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
