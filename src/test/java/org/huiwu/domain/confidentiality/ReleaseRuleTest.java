// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** The archive is the Chinese side's: Kyrgyz information needs the Kyrgyz side's consent. */
    private static final Side HOME = Side.CHINA;

    private static InformationItem item(InformationCategory category, Side from) {
        return InformationItem.create(category, from, TODAY.minusDays(30), InformationChannel.LETTER,
                Bilingual.of("边境地区形势", "Обстановка в приграничном районе"));
    }

    private static Consent consent(String party, Set<InformationCategory> categories, Set<UUID> items,
                                   LocalDate validUntil) {
        return Consent.create(Side.KYRGYZSTAN, TODAY.minusDays(10), "№ 12/345", party, categories, items,
                validUntil);
    }

    @Test
    void materialWithoutItemsIsAllowedUnmarkedEvenToAThirdParty() {
        Release release = ReleaseRule.decide(List.of(), Recipient.thirdParty("OSCE"), List.of(), HOME, TODAY);
        assertThat(release.allowed()).isTrue();
        assertThat(release.marked()).isFalse();
    }

    @Test
    void itemsGoToTheOtherSideAndInternallyMarked() {
        InformationItem kyrgyz = item(InformationCategory.SMUGGLING, Side.KYRGYZSTAN);
        for (Recipient recipient : List.of(Recipient.otherSide(), Recipient.ownInternal())) {
            Release release = ReleaseRule.decide(List.of(kyrgyz), recipient, List.of(), HOME, TODAY);
            assertThat(release.allowed()).as(recipient.describe()).isTrue();
            assertThat(release.marked()).as(recipient.describe()).isTrue();
        }
    }

    @Test
    void aThirdPartyWithoutConsentIsRefusedNamingTheItems() {
        InformationItem smuggling = item(InformationCategory.SMUGGLING, Side.KYRGYZSTAN);
        InformationItem searches = item(InformationCategory.SEARCHES, Side.KYRGYZSTAN);
        Release release = ReleaseRule.decide(List.of(smuggling, searches), Recipient.thirdParty("OSCE"),
                List.of(consent("UNODC", Set.of(InformationCategory.SMUGGLING), Set.of(), null)), HOME, TODAY);
        assertThat(release.allowed()).isFalse();
        assertThat(release.unconsented()).containsExactly(smuggling, searches);
        assertThatThrownBy(release::orRefuse).isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("OSCE").hasMessageContaining(smuggling.label());
    }

    @Test
    void aMatchingConsentByCategoryOrByItemAllowsItMarked() {
        InformationItem smuggling = item(InformationCategory.SMUGGLING, Side.KYRGYZSTAN);
        InformationItem searches = item(InformationCategory.SEARCHES, Side.KYRGYZSTAN);
        Release release = ReleaseRule.decide(List.of(smuggling, searches), Recipient.thirdParty(" unodc "),
                List.of(consent("UNODC", Set.of(InformationCategory.SMUGGLING), Set.of(searches.uuid()), null)),
                HOME, TODAY);
        assertThat(release.allowed()).isTrue();
        assertThat(release.marked()).isTrue();
    }

    @Test
    void aConsentForAnotherCategoryAnotherPartyOrExpiredDoesNotCount() {
        InformationItem smuggling = item(InformationCategory.SMUGGLING, Side.KYRGYZSTAN);
        List<Consent> notMatching = List.of(
                consent("UNODC", Set.of(InformationCategory.TERRORIST_ACTIVITY), Set.of(), null),
                consent("Interpol", Set.of(InformationCategory.SMUGGLING), Set.of(), null),
                consent("UNODC", Set.of(InformationCategory.SMUGGLING), Set.of(), TODAY.minusDays(1)),
                Consent.create(Side.CHINA, TODAY.minusDays(10), "函 1", "UNODC",
                        Set.of(InformationCategory.SMUGGLING), Set.of(), null),
                Consent.create(Side.KYRGYZSTAN, TODAY.plusDays(1), "№ 13", "UNODC",
                        Set.of(InformationCategory.SMUGGLING), Set.of(), null));
        for (Consent consent : notMatching) {
            Release release = ReleaseRule.decide(List.of(smuggling), Recipient.thirdParty("UNODC"),
                    List.of(consent), HOME, TODAY);
            assertThat(release.unconsented()).as(consent.toString()).containsExactly(smuggling);
        }
    }

    @Test
    void ourOwnSidesInformationIsOursToGiveButStillMarked() {
        InformationItem chinese = item(InformationCategory.BORDER_SITUATION, Side.CHINA);
        Release release = ReleaseRule.decide(List.of(chinese), Recipient.thirdParty("OSCE"), List.of(), HOME,
                TODAY);
        assertThat(release.allowed()).isTrue();
        assertThat(release.marked()).isTrue();
    }

    @Test
    void aThirdPartyMustBeNamedAndAConsentMustCoverSomething() {
        assertThatThrownBy(() -> Recipient.thirdParty("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> consent("OSCE", Set.of(), Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> consent("OSCE", Set.of(InformationCategory.SEARCHES), Set.of(),
                TODAY.minusDays(20))).isInstanceOf(IllegalArgumentException.class);
    }
}
