// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The seed term list shipped with the app ({@code org/huiwu/parity/termbase-seed.tsv}): what a new termbase starts
 * from, and the terms the parity checks use for texts checked without an archive. One file for both, so the
 * quality measured with it (ParityQualityTest) is the quality of a new archive. Format, one term a line: Chinese
 * forms, a tab, Russian forms, a tab, the origin (GLOSSARY, ART2, ART4), optionally a tab and a note; forms
 * separated by ";", the preferred one first; lines starting with # are comments. Each term's UUID is derived from
 * its preferred forms, so it is the same in every run.
 */
public final class SeedTerms implements TermSource {

    public static final String RESOURCE = "/org/huiwu/parity/termbase-seed.tsv";

    private final List<Term> terms;
    private final List<Term> names;
    private final java.util.Map<UUID, TermOrigin> origins;

    /** A seed term and where it comes from. */
    public record Seeded(Term term, TermOrigin origin) {
    }

    private SeedTerms(List<Seeded> seeded, List<Term> names) {
        this.terms = seeded.stream().map(Seeded::term).toList();
        this.origins = new java.util.HashMap<>();
        seeded.forEach(entry -> origins.put(entry.term().uuid(), entry.origin()));
        this.names = List.copyOf(names);
    }

    /** The shipped seed terms, without names. */
    public static SeedTerms load() {
        try (InputStream in = SeedTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new SeedTerms(parse(new InputStreamReader(in, StandardCharsets.UTF_8)), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same terms with these names (people and places of the registers). */
    public SeedTerms withNames(List<Term> newNames) {
        return new SeedTerms(seeded(), newNames);
    }

    /** The terms with their origins, in file order. */
    public List<Seeded> seeded() {
        return terms.stream().map(term -> new Seeded(term, origins.get(term.uuid()))).toList();
    }

    /** Terms in the seed format; a line without the three columns is refused with its number. */
    public static List<Seeded> parse(Reader reader) throws IOException {
        List<Seeded> result = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException("line " + number
                        + ": Chinese forms, a tab, Russian forms, a tab, the origin");
            }
            List<String> zh = forms(columns[0]);
            List<String> ru = forms(columns[1]);
            if (zh.isEmpty() || ru.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": a term needs a Chinese and a Russian form");
            }
            TermOrigin origin;
            try {
                origin = TermOrigin.valueOf(columns[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": unknown origin " + columns[2], e);
            }
            result.add(new Seeded(new Term(UUID.nameUUIDFromBytes((zh.get(0) + "\t" + ru.get(0))
                    .getBytes(StandardCharsets.UTF_8)), zh, ru, columns.length > 3 ? columns[3].strip() : ""),
                    origin));
        }
        return result;
    }

    private static List<String> forms(String column) {
        return Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public List<Term> terms() {
        return terms;
    }

    @Override
    public List<Term> names() {
        return names;
    }
}
