// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JooqConfidentialityRepositoryTest {

    private static final char[] PASSPHRASE = "第四条 статья 4 passphrase".toCharArray();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    private static InformationItem smuggling() {
        return InformationItem.create(InformationCategory.SMUGGLING, Side.KYRGYZSTAN, DAY, InformationChannel.LIAISON,
                Bilingual.of("走私武器的情况", "Сведения о контрабанде оружия")).withLinks(
                Set.of(UUID.randomUUID()), Set.of(UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void itemsAndConsentsAreStoredWholeAndReplacedByUuid() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "第四条", Side.CHINA, false,
                PASSPHRASE.clone())) {
            InformationItem item = archive.confidentiality().save(smuggling());
            InformationItem older = archive.confidentiality().save(InformationItem.create(
                    InformationCategory.BORDER_SITUATION, Side.CHINA, DAY.minusDays(9), InformationChannel.MEETING,
                    Bilingual.of("形势", "")));
            InformationItem relinked = archive.confidentiality().save(item.withLinks(Set.of(), Set.of(UUID.randomUUID())));

            assertThat(archive.confidentiality().items()).containsExactly(relinked, older);
            assertThat(archive.confidentiality().item(item.uuid())).contains(relinked);

            Consent consent = archive.confidentiality().save(Consent.create(Side.KYRGYZSTAN, DAY, "№ 7/12", "UNODC",
                    Set.of(InformationCategory.SMUGGLING, InformationCategory.SEARCHES), Set.of(item.uuid()),
                    DAY.plusYears(1)));
            Consent open = archive.confidentiality().save(Consent.create(Side.KYRGYZSTAN, DAY.minusDays(1), "№ 7/11",
                    "Interpol", Set.of(InformationCategory.TERRORIST_ACTIVITY), Set.of(), null));
            assertThat(archive.confidentiality().consents()).containsExactly(consent, open);
        }
    }

    @Test
    void registersTheDatabaseLostComeBackFromTheJournal() {
        Path folder = temp.resolve("a");
        InformationItem item;
        Consent consent;
        try (H2Archive archive = (H2Archive) access.create(folder, "第四条", Side.CHINA, false, PASSPHRASE.clone())) {
            item = archive.confidentiality().save(smuggling());
            item = archive.confidentiality().save(item.withDetails(InformationCategory.SMUGGLING, Side.KYRGYZSTAN,
                    DAY, InformationChannel.PHONE, Bilingual.of("走私弹药", "Контрабанда боеприпасов")));
            consent = archive.confidentiality().save(Consent.create(Side.KYRGYZSTAN, DAY, "№ 7/12", "UNODC",
                    Set.of(InformationCategory.SMUGGLING), Set.of(item.uuid()), null));
            StoreFixture.loseEverything(archive.dsl());
            assertThat(archive.confidentiality().items()).isEmpty();
            assertThat(archive.confidentiality().consents()).isEmpty();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.confidentiality().items()).containsExactly(item);
            assertThat(reopened.confidentiality().consents()).containsExactly(consent);
        }
    }
}
