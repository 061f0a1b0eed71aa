// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.common.Violation;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermRepository;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.service.ValidationException;

/**
 * The archive's termbase: list, edit, delete, import and export, the seed a new archive starts with, and the terms
 * found in a text. The matcher is rebuilt only after a change, so finding terms while typing costs one pass over
 * the text.
 */
public class TermbaseService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;


    private final TermRepository terms;
    private final Clock clock;
    private volatile List<TermbaseEntry> cached;
    private volatile TermMatcher matcher;

    public TermbaseService(TermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    /** Records successful writes into the trail from now on. */
    public TermbaseService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public TermbaseService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    /** What an import did: entries added, existing ones given more forms or a note, unchanged, incomplete. */
    public record ImportResult(int added, int updated, int unchanged, int incomplete) {
    }

    public List<TermbaseEntry> list() {
        List<TermbaseEntry> current = cached;
        if (current == null) {
            current = terms.findAll();
            cached = current;
        }
        return current;
    }

    /** The terms alone, e.g. for the parity checks. */
    public List<Term> terms() {
        return list().stream().map(TermbaseEntry::term).toList();
    }

    /**
     * Stores a term after cleaning its forms; a Chinese and a Russian form are required. An entry keeps its
     * origin; a new one is the user's.
     */
    public TermbaseEntry save(Term term) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<String> zh = TermForms.clean(term.zh());
        List<String> ru = TermForms.clean(term.ru());
        List<Violation> violations = new ArrayList<>();
        if (zh.isEmpty()) {
            violations.add(new Violation("zh", "terms.validation.zhRequired"));
        }
        if (ru.isEmpty()) {
            violations.add(new Violation("ru", "terms.validation.ruRequired"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        TermOrigin origin = list().stream().filter(e -> e.uuid().equals(term.uuid())).findFirst()
                .map(TermbaseEntry::origin).orElse(TermOrigin.USER);
        boolean existed = list().stream().anyMatch(e -> e.uuid().equals(term.uuid()));
        TermbaseEntry saved = terms.save(new TermbaseEntry(
                new Term(term.uuid(), zh, ru, term.note().strip()), origin, clock.instant()));
        changed();
        audit.record(existed ? org.huiwu.domain.audit.AuditAction.CHANGED : org.huiwu.domain.audit.AuditAction.CREATED, "term:" + term.uuid(),
                String.join(", ", zh) + " / " + String.join(", ", ru));
        return saved;
    }

    public boolean delete(UUID uuid) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        boolean deleted = terms.delete(uuid);
        changed();
        if (deleted) {
            audit.record(org.huiwu.domain.audit.AuditAction.DELETED, "term:" + uuid, "");
        }
        return deleted;
    }

    /** Fills a termbase that was never filled (a new archive, or one made before the termbase existed). */
    public boolean seedIfEmpty() {
        if (terms.seeded()) {
            return false;
        }
        terms.saveAll(seed());
        changed();
        return true;
    }

    /** The terms found in a text of the given language, each once, in text order. */
    public List<Term> termsIn(RecordLanguage language, String text) {
        return matcher().termsIn(language, text);
    }

    /** Where in the text the terms are (for highlighting). */
    public List<TermMatcher.Hit> hits(RecordLanguage language, String text) {
        return matcher().hits(language, text);
    }

    public byte[] export(TermFile format) {
        return format.write(list());
    }

    /**
     * Merges a file's terms. An entry of the file is the same as one of the termbase when it has that entry's UUID
     * (a Huiwu export) or the same preferred Chinese or Russian form (Russian ignoring case). Such an entry keeps its
     * UUID, origin and preferred forms and gains the file's other forms, and the file's note when it has none:
     * it is "updated" when that changed something, "unchanged" otherwise. Other entries are added with origin
     * IMPORT (and the file's UUID when it brings an unused one). Entries lacking a language are counted, not added.
     */
    public ImportResult importTerms(List<TermFile.Imported> file) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<TermbaseEntry> existing = new ArrayList<>(list());
        Map<UUID, Integer> byUuid = new HashMap<>();
        Map<String, Integer> byZh = new HashMap<>();
        Map<String, Integer> byRu = new HashMap<>();
        for (int i = 0; i < existing.size(); i++) {
            index(existing.get(i), i, byUuid, byZh, byRu);
        }
        Map<Integer, TermbaseEntry> changedEntries = new java.util.LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int incomplete = 0;
        for (TermFile.Imported imported : file) {
            if (!imported.complete()) {
                incomplete++;
                continue;
            }
            Integer at = imported.uuid() == null ? null : byUuid.get(imported.uuid());
            if (at == null) {
                at = byZh.get(imported.zh().get(0));
            }
            if (at == null) {
                at = byRu.get(TermMatcher.normalize(imported.ru().get(0)));
            }
            if (at == null) {
                UUID uuid = imported.uuid() != null ? imported.uuid() : UUID.randomUUID();
                TermbaseEntry entry = new TermbaseEntry(new Term(uuid, imported.zh(), imported.ru(),
                        imported.note()), TermOrigin.IMPORT, clock.instant());
                existing.add(entry);
                index(entry, existing.size() - 1, byUuid, byZh, byRu);
                changedEntries.put(existing.size() - 1, entry);
                added++;
                continue;
            }
            TermbaseEntry old = existing.get(at);
            Term term = old.term();
            Term merged = new Term(term.uuid(), union(term.zh(), imported.zh()),
                    union(term.ru(), imported.ru()),
                    term.note().isEmpty() ? imported.note() : term.note());
            if (merged.equals(term)) {
                unchanged++;
                continue;
            }
            TermbaseEntry entry = new TermbaseEntry(merged, old.origin(), clock.instant());
            existing.set(at, entry);
            if (changedEntries.put(at, entry) == null) {
                updated++; // an entry added by this import and merged again counts once, as added
            }
        }
        terms.saveAll(List.copyOf(changedEntries.values()));
        changed();
        if (added + updated > 0) {
            audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, "termbase",
                    "imported: " + added + " added, " + updated + " updated");
        }
        return new ImportResult(added, updated, unchanged, incomplete);
    }

    /** Reads the file (format by its extension) and merges it; bad files throw with a message key. */
    public ImportResult importFile(java.nio.file.Path file) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        TermFile format = TermFile.of(file);
        return importTerms(format.read(TermFile.readAll(file)));
    }

    private static void index(TermbaseEntry entry, int at, Map<UUID, Integer> byUuid, Map<String, Integer> byZh,
                              Map<String, Integer> byRu) {
        byUuid.putIfAbsent(entry.uuid(), at);
        byZh.putIfAbsent(entry.term().zh().get(0), at);
        byRu.putIfAbsent(TermMatcher.normalize(entry.term().ru().get(0)), at);
    }

    /** The first list, then the forms of the second it lacks (ignoring case and ё/е, as the matcher does). */
    private static List<String> union(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        Set<String> known = new LinkedHashSet<>();
        first.forEach(form -> known.add(TermMatcher.normalize(form)));
        for (String form : second) {
            if (known.add(TermMatcher.normalize(form))) {
                all.add(form);
            }
        }
        return List.copyOf(all);
    }

    private TermMatcher matcher() {
        TermMatcher current = matcher;
        if (current == null) {
            current = new TermMatcher(terms());
            matcher = current;
        }
        return current;
    }

    private void changed() {
        cached = null;
        matcher = null;
    }

    /** The seed file's terms (shared with the parity checks' measured seed, see SeedTerms). */
    static List<TermbaseEntry> seed(Clock clock) {
        return org.huiwu.domain.parity.SeedTerms.load().seeded().stream()
                .map(seeded -> new TermbaseEntry(seeded.term(), seeded.origin(), clock.instant())).toList();
    }

    private List<TermbaseEntry> seed() {
        return seed(clock);
    }
}
