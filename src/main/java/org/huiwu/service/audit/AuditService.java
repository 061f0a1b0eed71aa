// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Permission;
import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditReport;
import org.huiwu.domain.audit.AuditRepository;
import org.huiwu.domain.audit.AuditVerifier;

/** Reading and verifying the trail, for the roles that may read it (representative, deputy, administrator). */
public final class AuditService {

    private final AuditRepository repository;
    private final Supplier<Actor> actor;
    private final Supplier<List<AnchorSource>> anchors;
    private final AuditSubjects subjects;

    /** @param anchors the anchors found where the archive keeps them (its backups, its signed protocols) */
    public AuditService(AuditRepository repository, Supplier<Actor> actor, Supplier<List<AnchorSource>> anchors) {
        this(repository, actor, anchors, AuditSubjects.NONE);
    }

    /** @param subjects where the records the entries name are read, to show their names */
    public AuditService(AuditRepository repository, Supplier<Actor> actor, Supplier<List<AnchorSource>> anchors,
                        AuditSubjects subjects) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    /** The entries the filter lets through, newest first. */
    public List<AuditEntry> entries(AuditFilter filter) {
        actor.get().require(Permission.READ_AUDIT);
        return repository.all().stream().filter(filter::matches)
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).toList();
    }

    /** The names of everyone who has an entry, sorted, for choosing a user to filter by. */
    public List<String> actorNames() {
        actor.get().require(Permission.READ_AUDIT);
        return repository.all().stream().map(AuditEntry::actorName).distinct().sorted().toList();
    }

    /**
     * What the entries' subjects name now, each distinct subject once; a subject whose record is gone reads as its
     * raw text. The entries themselves are not touched: their subjects and hashes stay as written.
     */
    public Map<String, AuditSubject> subjects(List<AuditEntry> entries) {
        actor.get().require(Permission.READ_AUDIT);
        return subjects.resolve(entries.stream().map(AuditEntry::subject).distinct().toList());
    }

    /** The chain, then every anchor the archive keeps and the ones given (files chosen by hand). */
    public AuditReport verify(List<AnchorSource> given) {
        actor.get().require(Permission.READ_AUDIT);
        List<AnchorSource> all = new ArrayList<>(anchors.get());
        all.addAll(given);
        return AuditVerifier.verify(repository.all(), all);
    }
}
