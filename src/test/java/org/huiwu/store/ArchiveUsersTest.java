// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.service.ValidationException;
import org.huiwu.store.crypto.KeyDerivation;
import org.huiwu.store.crypto.KeySlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users and their key slots: the slot a passphrase opens says who works, and with which role. */
class ArchiveUsersTest {

    private static final String REPRESENTATIVE = "代表 passphrase";
    private static final String DEPUTY = "deputy Ң Ө Ү";
    private static final String ASSISTANT = "assistant 助理";
    private static final String ADMIN = "admin passphrase";

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    private Path folderWithFourUsers() {
        Path folder = temp.resolve("a");
        try (H2Archive archive = (H2Archive) access.create(folder, "用户", Side.CHINA, false, "王立新",
                REPRESENTATIVE.toCharArray())) {
            archive.users().add("李明", Role.DEPUTY, DEPUTY.toCharArray());
            archive.users().add("张华", Role.ASSISTANT, ASSISTANT.toCharArray());
            archive.users().add("Айбек Осмонов", Role.ADMINISTRATOR, ADMIN.toCharArray());
        }
        return folder;
    }

    private static byte[] read(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ArchiveUser openAs(Path folder, String passphrase) {
        try (H2Archive archive = (H2Archive) access.open(folder, passphrase.toCharArray())) {
            return archive.users().openedBy();
        }
    }

    @Test
    void theCreatorIsTheFirstUserARepresentativeInSlotOneLabelledWithTheirName() {
        Path folder = temp.resolve("a");
        try (H2Archive archive = (H2Archive) access.create(folder, "用户", Side.CHINA, false, "王立新",
                REPRESENTATIVE.toCharArray())) {
            ArchiveUser me = archive.users().openedBy();
            assertThat(me.name()).isEqualTo("王立新");
            assertThat(me.role()).isEqualTo(Role.REPRESENTATIVE);
            assertThat(me.slot()).isEqualTo(1);
            assertThat(archive.users().active()).containsExactly(me);
        }
        assertThat(ArchiveHeader.read(folder).orElseThrow().slots()).extracting(KeySlot::label)
                .containsExactly("王立新");
        assertThat(openAs(folder, REPRESENTATIVE).name()).isEqualTo("王立新");
    }

    @Test
    void eachUserOpensWithTheirOwnPassphraseAndGetsTheirRole() {
        Path folder = folderWithFourUsers();

        assertThat(openAs(folder, REPRESENTATIVE).actor()).isEqualTo(
                new org.huiwu.domain.access.Actor("王立新", Role.REPRESENTATIVE));
        assertThat(openAs(folder, DEPUTY).actor()).isEqualTo(new org.huiwu.domain.access.Actor("李明", Role.DEPUTY));
        assertThat(openAs(folder, ASSISTANT).actor()).isEqualTo(
                new org.huiwu.domain.access.Actor("张华", Role.ASSISTANT));
        assertThat(openAs(folder, ADMIN).actor()).isEqualTo(
                new org.huiwu.domain.access.Actor("Айбек Осмонов", Role.ADMINISTRATOR));
        assertThat(ArchiveHeader.read(folder).orElseThrow().slots()).extracting(KeySlot::number)
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void aWrongPassphraseIsStillRefused() {
        Path folder = folderWithFourUsers();

        assertThatThrownBy(() -> access.open(folder, "nobody's passphrase".toCharArray()))
                .isInstanceOf(ArchiveException.class)
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(ArchiveException.Reason.WRONG_PASSPHRASE);
    }

    @Test
    void aRemovedUserCannotOpenAndTheUsersAfterThemStillCan() {
        Path folder = folderWithFourUsers();
        try (H2Archive archive = (H2Archive) access.open(folder, ADMIN.toCharArray())) {
            ArchiveUser deputy = archive.users().active().stream().filter(u -> u.name().equals("李明")).findFirst()
                    .orElseThrow();
            archive.users().remove(deputy.uuid());
            assertThat(archive.users().active()).extracting(ArchiveUser::name)
                    .containsExactlyInAnyOrder("王立新", "张华", "Айбек Осмонов");
        }

        assertThatThrownBy(() -> access.open(folder, DEPUTY.toCharArray()))
                .isInstanceOf(ArchiveException.class)
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(ArchiveException.Reason.WRONG_PASSPHRASE);
        // Slot 2 is gone; slots 3 and 4 are read past the gap.
        assertThat(ArchiveHeader.read(folder).orElseThrow().slots()).extracting(KeySlot::number)
                .containsExactly(1, 3, 4);
        assertThat(openAs(folder, ASSISTANT).name()).isEqualTo("张华");
        assertThat(openAs(folder, ADMIN).name()).isEqualTo("Айбек Осмонов");
    }

    @Test
    void aNewUserCannotTakeAPassphraseThatOpensAnotherSlotNorATakenName() {
        Path folder = folderWithFourUsers();
        try (H2Archive archive = (H2Archive) access.open(folder, REPRESENTATIVE.toCharArray())) {
            assertThatThrownBy(() -> archive.users().add("新人", Role.DEPUTY, DEPUTY.toCharArray()))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).violations().get(0).messageKey())
                    .isEqualTo("users.passphrase.inUse");
            assertThatThrownBy(() -> archive.users().add(" 李明 ", Role.DEPUTY, "another one".toCharArray()))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).violations().get(0).messageKey())
                    .isEqualTo("users.name.taken");
            assertThat(archive.users().active()).hasSize(4);
        }
        assertThat(ArchiveHeader.read(folder).orElseThrow().slots()).hasSize(4);
    }

    @Test
    void changingAPassphraseChangesTheSlotOfTheUserItOpensAndRefusesAnotherUsersPassphrase() {
        Path folder = folderWithFourUsers();

        access.changePassphrase(folder, DEPUTY.toCharArray(), "deputy's new one".toCharArray());

        assertThat(openAs(folder, "deputy's new one").name()).isEqualTo("李明");
        assertThatThrownBy(() -> access.open(folder, DEPUTY.toCharArray())).isInstanceOf(ArchiveException.class);
        assertThat(openAs(folder, REPRESENTATIVE).name()).isEqualTo("王立新");
        assertThatThrownBy(() -> access.changePassphrase(folder, ASSISTANT.toCharArray(),
                REPRESENTATIVE.toCharArray())).isInstanceOf(ValidationException.class);
        assertThat(openAs(folder, ASSISTANT).name()).isEqualTo("张华");
    }

    @Test
    void aSessionChangesOnlyItsOwnUsersPassphraseNeverAnotherUsersSlot() {
        Path folder = folderWithFourUsers();

        try (H2Archive archive = (H2Archive) access.open(folder, ASSISTANT.toCharArray())) {
            // The representative's passphrase, typed in the assistant's session, re-seals nothing.
            byte[] before = read(folder.resolve(ArchiveHeader.FILE_NAME));
            assertThatThrownBy(() -> archive.users().changeOwnPassphrase(REPRESENTATIVE.toCharArray(),
                    "taken over".toCharArray())).isInstanceOf(ArchiveException.class)
                    .extracting(e -> ((ArchiveException) e).reason())
                    .isEqualTo(ArchiveException.Reason.WRONG_PASSPHRASE);
            assertThat(folder.resolve(ArchiveHeader.FILE_NAME)).hasBinaryContent(before);

            archive.users().changeOwnPassphrase(ASSISTANT.toCharArray(), "assistant's new one".toCharArray());
        }

        assertThat(openAs(folder, "assistant's new one").name()).isEqualTo("张华");
        assertThatThrownBy(() -> access.open(folder, ASSISTANT.toCharArray())).isInstanceOf(ArchiveException.class);
        assertThat(openAs(folder, REPRESENTATIVE).name()).isEqualTo("王立新");
        assertThatThrownBy(() -> access.open(folder, "taken over".toCharArray()))
                .isInstanceOf(ArchiveException.class);
    }

    @Test
    void anArchiveFromBeforeUsersOpensAndItsSlotBecomesARepresentative() {
        Path folder = temp.resolve("old");
        try (H2Archive archive = (H2Archive) access.create(folder, "旧档案", Side.KYRGYZSTAN, false,
                REPRESENTATIVE.toCharArray())) {
            // What an archive of V7 looked like: no users at all, one slot labelled "owner".
            archive.dsl().deleteFrom(org.huiwu.store.generated.Tables.ARCHIVE_USER).execute();
        }
        ArchiveHeader.Contents header = ArchiveHeader.read(folder).orElseThrow();
        KeySlot slot = header.slots().get(0);
        try {
            ArchiveHeader.write(folder, header.withSlot(new KeySlot(slot.number(), H2ArchiveAccess.OWNER_SLOT,
                    slot.salt(), slot.nonce(), slot.sealedKey())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        ArchiveUser owner = openAs(folder, REPRESENTATIVE);

        assertThat(owner.role()).isEqualTo(Role.REPRESENTATIVE);
        assertThat(owner.slot()).isEqualTo(1);
        assertThat(owner.name()).isEqualTo(H2ArchiveUsers.defaultName());
        assertThat(openAs(folder, REPRESENTATIVE).uuid()).isEqualTo(owner.uuid());
    }

    @Test
    void usersTheDatabaseLostComeBackFromTheJournalWithTheirRoles() {
        Path folder = temp.resolve("a");
        try (H2Archive archive = (H2Archive) access.create(folder, "用户", Side.CHINA, false, "王立新",
                REPRESENTATIVE.toCharArray())) {
            ArchiveUser deputy = archive.users().add("李明", Role.ASSISTANT, DEPUTY.toCharArray());
            archive.users().changeRole(deputy.uuid(), Role.DEPUTY);
            archive.users().add("张华", Role.ASSISTANT, ASSISTANT.toCharArray());
            archive.dsl().deleteFrom(org.huiwu.store.generated.Tables.ARCHIVE_USER).execute();
            archive.closeKeepingJournal();
        }

        assertThat(openAs(folder, DEPUTY).role()).isEqualTo(Role.DEPUTY);
        assertThat(openAs(folder, ASSISTANT).role()).isEqualTo(Role.ASSISTANT);
    }

    @Test
    void aUserWhoseSlotWasWrittenButNotTheirRemovalIsRemovedAtTheNextOpen() throws java.io.IOException {
        Path folder = folderWithFourUsers();
        // A crash between removing the slot and marking the user removed.
        ArchiveHeader.Contents header = ArchiveHeader.read(folder).orElseThrow();
        ArchiveHeader.write(folder, header.withoutSlot(3));

        try (H2Archive archive = (H2Archive) access.open(folder, REPRESENTATIVE.toCharArray())) {
            assertThat(archive.users().active()).extracting(ArchiveUser::name)
                    .containsExactlyInAnyOrder("王立新", "李明", "Айбек Осмонов");
        }
        assertThat(List.of(ASSISTANT)).allSatisfy(p -> assertThatThrownBy(() -> access.open(folder,
                p.toCharArray())).isInstanceOf(ArchiveException.class));
    }
}
