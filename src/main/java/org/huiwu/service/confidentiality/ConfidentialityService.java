// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.confidentiality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Permission;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditTrail;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.ConfidentialityRepository;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.domain.confidentiality.Release;
import org.huiwu.domain.confidentiality.ReleaseRefusedException;
import org.huiwu.domain.confidentiality.ReleaseRule;

/**
 * The Art. 4 registers and the gate every export and print passes: {@link #release} says whether material may go
 * to a recipient and whether it carries the marking, and the audit trail records the answer either way.
 */
public final class ConfidentialityService {

    /** Whether the material leaves as a file or on paper: the audit trail tells them apart. */
    public enum Way { EXPORT, PRINT }

    private final ConfidentialityRepository registers;
    private final Side homeSide;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditTrail audit;

    public ConfidentialityService(ConfidentialityRepository registers, Side homeSide, Clock clock,
                                  Supplier<Actor> actor, AuditTrail audit) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.homeSide = Objects.requireNonNull(homeSide, "homeSide");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The archive's own side: its own information needs no one's consent. */
    public Side homeSide() {
        return homeSide;
    }

    public List<InformationItem> items() {
        actor.get().require(Permission.READ);
        return registers.items();
    }

    public List<Consent> consents() {
        actor.get().require(Permission.READ);
        return registers.consents();
    }

    /** Registers a new item or saves a changed one (its links included). */
    public InformationItem save(InformationItem item) {
        actor.get().require(Permission.KEEP_CONFIDENTIAL_REGISTERS);
        boolean isNew = registers.item(item.uuid()).isEmpty();
        InformationItem saved = registers.save(item);
        audit.record(isNew ? AuditAction.REGISTERED : AuditAction.CHANGED, "information-item:" + item.uuid(),
                "Art. 4(" + item.category().item() + ") from " + item.providingSide().code());
        return saved;
    }

    public Consent save(Consent consent) {
        actor.get().require(Permission.KEEP_CONFIDENTIAL_REGISTERS);
        boolean isNew = registers.consents().stream().noneMatch(c -> c.uuid().equals(consent.uuid()));
        Consent saved = registers.save(consent);
        audit.record(isNew ? AuditAction.REGISTERED : AuditAction.CHANGED, "consent:" + consent.uuid(),
                consent.reference() + " for " + consent.thirdParty());
        return saved;
    }

    public java.util.Optional<InformationItem> item(UUID uuid) {
        actor.get().require(Permission.READ);
        return registers.item(uuid);
    }

    /** The information items the material contains, without deciding anything. */
    public List<InformationItem> contained(Material material) {
        return registers.items().stream().filter(i -> i.usedBy(material.agendaItems(), material.clauses()))
                .toList();
    }

    /**
     * Lets material go to the recipient or refuses it: refused (and audited as EXPORT_REFUSED, with the items
     * lacking consent) when a third party would get the other side's information without its written consent;
     * otherwise audited as EXPORTED or PRINTED with the recipient, and the answer says whether to mark it.
     *
     * @throws ReleaseRefusedException when refused; nothing may be written then
     */
    public Release release(Material material, Recipient recipient, Way way) {
        actor.get().require(Permission.PRINT_EXPORT);
        Release release = ReleaseRule.decide(contained(material), recipient, registers.consents(), homeSide,
                LocalDate.now(clock.withZone(homeSide.homeZone())));
        if (!release.allowed()) {
            audit.record(AuditAction.EXPORT_REFUSED, material.subject(), recipient.describe() + "; "
                    + way.name().toLowerCase(java.util.Locale.ROOT) + "; no consent for "
                    + release.unconsented().stream().map(InformationItem::label).collect(Collectors.joining(", ")));
            throw new ReleaseRefusedException(release);
        }
        audit.record(way == Way.PRINT ? AuditAction.PRINTED : AuditAction.EXPORTED, material.subject(),
                recipient.describe() + (release.marked() ? "; Art. 4 marked (" + release.contained().size()
                        + " items)" : ""));
        return release;
    }
}
