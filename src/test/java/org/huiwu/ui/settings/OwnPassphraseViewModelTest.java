// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The My passphrase card on a real archive, without a toolkit: refusals in the user's language, the trail. */
class OwnPassphraseViewModelTest {

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
    private final List<Runnable> applied = new ArrayList<>();

    private Path archiveWithADeputy() {
        Path folder = temp.resolve("a");
        try (var archive = access.create(folder, "口令", Side.KYRGYZSTAN, false, "Айбек",
                "representative's".toCharArray())) {
            archive.users().add("Нургүл", Role.DEPUTY, "deputy's own".toCharArray());
        }
        return folder;
    }

    private OwnPassphraseViewModel viewModel(ArchiveSession session, Language language) {
        return new OwnPassphraseViewModel(session.users(), Messages.of(language), Runnable::run, applied::add);
    }

    private static void type(OwnPassphraseViewModel viewModel, String current, String first, String second) {
        viewModel.currentProperty().set(current);
        viewModel.replacementProperty().set(first);
        viewModel.repeatedProperty().set(second);
    }

    @Test
    void refusalsSpeakTheUsersLanguageEmptyTheFieldsAndChangeNothing() {
        Path folder = archiveWithADeputy();
        try (ArchiveSession session = new ArchiveSession(access.open(folder, "deputy's own".toCharArray()),
                java.time.Clock.systemUTC())) {
            OwnPassphraseViewModel viewModel = viewModel(session, Language.RUSSIAN);

            type(viewModel, "representative's", "a new passphrase", "a new passphrase");
            viewModel.change();
            assertThat(viewModel.busyProperty().get()).as("busy until the outcome is applied").isTrue();
            applied.forEach(Runnable::run);
            assertThat(viewModel.problemProperty().get()).startsWith("Неверный пароль");
            assertThat(viewModel.currentProperty().get() + viewModel.replacementProperty().get()
                    + viewModel.repeatedProperty().get()).isEmpty();

            applied.clear();
            type(viewModel, "deputy's own", "a new passphrase", "another one typed");
            viewModel.change();
            applied.forEach(Runnable::run);
            assertThat(viewModel.problemProperty().get()).isNotEmpty();
            assertThat(viewModel.busyProperty().get()).isFalse();
            assertThat(session.archive().audit().all())
                    .noneMatch(entry -> entry.action() == AuditAction.PASSPHRASE_CHANGED);
        }
        try (var again = access.open(folder, "deputy's own".toCharArray())) {
            assertThat(again.users().openedBy().name()).isEqualTo("Нургүл");
        }
    }

    @Test
    void theChangeIsRecordedAsTheUserAndOnlyTheNewPassphraseOpens() {
        Path folder = archiveWithADeputy();
        try (ArchiveSession session = new ArchiveSession(access.open(folder, "deputy's own".toCharArray()),
                java.time.Clock.systemUTC())) {
            OwnPassphraseViewModel viewModel = viewModel(session, Language.CHINESE);
            type(viewModel, "deputy's own", "新的口令 Ң Ө Ү", "新的口令 Ң Ө Ү");
            viewModel.change();
            applied.forEach(Runnable::run);

            assertThat(viewModel.problemProperty().get()).isEmpty();
            assertThat(viewModel.statusProperty().get()).isEqualTo("口令已更改，今后请使用新口令。");
            assertThat(session.archive().audit().all())
                    .filteredOn(entry -> entry.action() == AuditAction.PASSPHRASE_CHANGED).singleElement()
                    .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("Нургүл"));
        }
        assertThatThrownBy(() -> access.open(folder, "deputy's own".toCharArray()))
                .isInstanceOf(org.huiwu.domain.archive.ArchiveException.class);
        try (var again = access.open(folder, "新的口令 Ң Ө Ү".toCharArray())) {
            assertThat(again.users().openedBy().name()).isEqualTo("Нургүл");
        }
    }
}
