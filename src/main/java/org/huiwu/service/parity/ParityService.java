// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.parity.Finding;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.SeedTerms;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermSource;
import org.huiwu.service.register.RegisterService;

/**
 * The parity checks as the editor and the command line run them: one checker per term source (building it compiles
 * the term matchers, so keep the service rather than making one per clause), minutes checked clause by clause.
 */
public final class ParityService {

    private final ParityChecker checker;

    public ParityService(TermSource source) {
        this.checker = new ParityChecker(Objects.requireNonNull(source, "source"));
    }

    /** The seed terms alone: for text files checked without an archive. */
    public static ParityService withSeedTerms() {
        return new ParityService(SeedTerms.load());
    }

    /** An archive's own termbase with the registers' people and places as names: what the editor checks with. */
    public static ParityService of(List<Term> termbase, RegisterService registers) {
        return new ParityService(new Source(List.copyOf(termbase), registerNames(registers)));
    }

    private record Source(List<Term> terms, List<Term> names) implements TermSource {
    }

    private static List<Term> registerNames(RegisterService registers) {
        List<Term> names = new ArrayList<>();
        registers.people().forEach(person -> personName(person.name()).ifPresent(names::add));
        registers.places().forEach(place -> name(place.name()).ifPresent(names::add));
        return names;
    }

    /** A register name as a term; a name given in one script only cannot be compared and is left out. */
    static java.util.Optional<Term> name(Bilingual name) {
        if (name.zh() == null || name.ru() == null || name.zh().isBlank() || name.ru().isBlank()) {
            return java.util.Optional.empty();
        }
        UUID uuid = UUID.nameUUIDFromBytes((name.zh() + "\t" + name.ru()).getBytes(StandardCharsets.UTF_8));
        return java.util.Optional.of(new Term(uuid, List.of(name.zh().strip()), List.of(name.ru().strip()),
                "register"));
    }

    /**
     * A person's name as a term, with the surname alone as a further form where it can be told apart: minutes often
     * name a Kyrgyz officer by surname ("阿萨诺夫" / "Асанов", inflected "Асанова"). The Chinese of a transliterated
     * name puts "·" after the surname and the Russian starts with it; a Chinese surname of one or two characters
     * ("王") is too common a character to be a name on its own, so Chinese names keep their full forms only.
     */
    static java.util.Optional<Term> personName(Bilingual name) {
        return name(name).map(term -> {
            String zh = term.zh().get(0);
            String ru = term.ru().get(0);
            int dot = zh.indexOf('·');
            int space = ru.indexOf(' ');
            if (dot < 3 || space < 4) {
                return term;
            }
            return new Term(term.uuid(), List.of(zh, zh.substring(0, dot)), List.of(ru, ru.substring(0, space)),
                    term.note());
        });
    }

    public ParityChecker checker() {
        return checker;
    }

    public List<Finding> check(String zh, String ru) {
        return checker.check(zh, ru);
    }

    /** The findings of each clause that has any, by clause number (1..n), in clause order. */
    public Map<Integer, List<Finding>> check(Minutes minutes) {
        Map<Integer, List<Finding>> result = new LinkedHashMap<>();
        List<AlignedPair> pairs = minutes.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            List<Finding> findings = checker.check(pairs.get(i).zh().text(), pairs.get(i).ru().text());
            if (!findings.isEmpty()) {
                result.put(i + 1, findings);
            }
        }
        return result;
    }
}
