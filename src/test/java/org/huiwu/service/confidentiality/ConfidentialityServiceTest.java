// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.confidentiality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Permission;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditTrail;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.domain.confidentiality.Release;
import org.huiwu.domain.confidentiality.ReleaseRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidentialityServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final UUID CLAUSE = UUID.randomUUID();
    private static final Material PROTOCOL = new Material("meeting:m1", Set.of(UUID.randomUUID()), Set.of(CLAUSE));

    private record Entry(AuditAction action, String subject, String detail) {
    }

    private final List<Entry> audited = new ArrayList<>();
    private final AuditTrail trail = (action, subject, detail) -> audited.add(new Entry(action, subject, detail));
    private final InMemoryConfidentiality registers = new InMemoryConfidentiality();

    private ConfidentialityService as(Role role) {
        return new ConfidentialityService(registers, Side.CHINA, CLOCK, () -> new Actor("user", role), trail);
    }

    private static InformationItem kyrgyzItemInTheProtocol() {
        return InformationItem.create(InformationCategory.TERRORIST_ACTIVITY, Side.KYRGYZSTAN, DAY,
                InformationChannel.MEETING, Bilingual.of("可能的恐怖活动", "Возможная деятельность террористов"))
                .withLinks(Set.of(), Set.of(CLAUSE));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyARoleThatKeepsTheRegistersRegistersAndEveryoneReads(Role role) {
        ConfidentialityService service = as(role);
        InformationItem item = kyrgyzItemInTheProtocol();
        Consent consent = Consent.create(Side.KYRGYZSTAN, DAY, "№ 1", "UNODC",
                Set.of(InformationCategory.SMUGGLING), Set.of(), null);
        if (role.may(Permission.KEEP_CONFIDENTIAL_REGISTERS)) {
            service.save(item);
            service.save(consent);
            assertThat(service.items()).containsExactly(item);
            assertThat(service.consents()).containsExactly(consent);
            assertThat(audited).extracting(Entry::action).containsExactly(AuditAction.REGISTERED,
                    AuditAction.REGISTERED);
        } else {
            assertThatThrownBy(() -> service.save(item)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.save(consent)).isInstanceOf(AccessDeniedException.class);
            assertThat(registers.items()).isEmpty();
            assertThat(registers.consents()).isEmpty();
            assertThat(audited).isEmpty();
            assertThat(service.items()).isEmpty();
        }
        assertThat(role == Role.REPRESENTATIVE).isEqualTo(role.may(Permission.KEEP_CONFIDENTIAL_REGISTERS));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyARoleThatMayPrintOrExportReleasesAndARefusedRoleLeavesNoTrace(Role role) {
        registers.save(kyrgyzItemInTheProtocol());
        ConfidentialityService service = as(role);
        if (role.may(Permission.PRINT_EXPORT)) {
            Release release = service.release(PROTOCOL, Recipient.otherSide(), ConfidentialityService.Way.PRINT);
            assertThat(release.marked()).isTrue();
            assertThat(audited).containsExactly(new Entry(AuditAction.PRINTED, "meeting:m1",
                    "OTHER_SIDE; Art. 4 marked (1 items)"));
        } else {
            assertThatThrownBy(() -> service.release(PROTOCOL, Recipient.otherSide(),
                    ConfidentialityService.Way.EXPORT)).isInstanceOf(AccessDeniedException.class);
            assertThat(audited).isEmpty();
        }
        assertThat(role.may(Permission.PRINT_EXPORT)).isEqualTo(role == Role.REPRESENTATIVE
                || role == Role.ASSISTANT);
    }

    @Test
    void anUnconsentedThirdPartyExportIsRefusedWithTheItemsAndAudited() {
        InformationItem item = registers.save(kyrgyzItemInTheProtocol());
        ConfidentialityService assistant = as(Role.ASSISTANT);

        assertThatThrownBy(() -> assistant.release(PROTOCOL, Recipient.thirdParty("OSCE"),
                ConfidentialityService.Way.EXPORT))
                .isInstanceOfSatisfying(ReleaseRefusedException.class,
                        refused -> assertThat(refused.release().unconsented()).containsExactly(item));
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.EXPORT_REFUSED);
            assertThat(entry.subject()).isEqualTo("meeting:m1");
            assertThat(entry.detail()).contains("THIRD_PARTY:OSCE").contains(item.label());
        });
    }

    @Test
    void aRegisteredConsentLetsTheSameExportThroughMarkedAndAudited() {
        registers.save(kyrgyzItemInTheProtocol());
        as(Role.REPRESENTATIVE).save(Consent.create(Side.KYRGYZSTAN, DAY, "№ 2", "UNODC",
                Set.of(InformationCategory.TERRORIST_ACTIVITY), Set.of(), null));
        audited.clear();

        Release release = as(Role.ASSISTANT).release(PROTOCOL, Recipient.thirdParty("UNODC"),
                ConfidentialityService.Way.EXPORT);

        assertThat(release.allowed()).isTrue();
        assertThat(release.marked()).isTrue();
        assertThat(audited).extracting(Entry::action, Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORTED, "THIRD_PARTY:UNODC; Art. 4 marked (1 items)"));
    }

    @Test
    void materialThatUsesNoItemIsNotMarked() {
        registers.save(kyrgyzItemInTheProtocol());
        Release release = as(Role.ASSISTANT).release(new Material("meeting:m2", Set.of(), Set.of(UUID.randomUUID())),
                Recipient.thirdParty("OSCE"), ConfidentialityService.Way.EXPORT);
        assertThat(release.marked()).isFalse();
        assertThat(audited).extracting(Entry::detail).containsExactly("THIRD_PARTY:OSCE");
    }
}
