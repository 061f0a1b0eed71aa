// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiwu.app.AppContext;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** users list|add|remove|role on the sample archive, as its representative, administrator and deputy. */
class UsersCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    Path home;
    private Path sample;

    @BeforeEach
    void createTheSample() throws IOException {
        sample = home.resolve("sample");
        for (String role : new String[] {"sample", "deputy", "admin"}) {
            Files.writeString(home.resolve(role + ".pass"), role + "\n");
        }
        Files.writeString(home.resolve("new.pass"), "a new colleague's passphrase\n");
        CommandResult created = run("sample", "--archive", sample.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    private CommandResult run(String... args) {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")), CLOCK,
                Locale.ENGLISH, KeyDerivation.forTests());
        return CommandResult.run(context, args);
    }

    private CommandResult as(String passphrase, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--archive";
        all[args.length + 1] = sample.toString();
        all[args.length + 2] = "--passphrase-file";
        all[args.length + 3] = home.resolve(passphrase + ".pass").toString();
        return run(all);
    }

    @Test
    void usersIsAnEntryWord() {
        assertThat(HuiwuCommand.isCommand("users")).isTrue();
    }

    @Test
    void theSampleHasOneUserOfEachRoleAndTheCallerIsMarked() throws IOException {
        CommandResult listed = as("admin", "users", "list", "--json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode users = new ObjectMapper().readTree(listed.out());
        assertThat(users).hasSize(4);
        assertThat(users.findValuesAsText("role"))
                .containsExactlyInAnyOrder("REPRESENTATIVE", "DEPUTY", "ASSISTANT", "ADMINISTRATOR");
        JsonNode me = null;
        for (JsonNode user : users) {
            if (user.get("you").asBoolean()) {
                me = user;
            }
        }
        assertThat(me).isNotNull();
        assertThat(me.get("role").asText()).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void aDeputyIsRefusedWithExitTwoAndAClearMessage() {
        CommandResult refused = as("deputy", "users", "add", "新人", "--role", "ASSISTANT", "--new-passphrase-file",
                home.resolve("new.pass").toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Your role (Deputy) may not manage users");
        assertThat(as("new", "users", "list").exitCode()).isEqualTo(2);
    }

    @Test
    void anAddedUserOpensWithTheirPassphraseAndARemovedOneNoLonger() {
        CommandResult added = as("admin", "users", "add", "Айбек Осмонов", "--role", "ASSISTANT",
                "--new-passphrase-file", home.resolve("new.pass").toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(as("admin", "users", "role", "Айбек Осмонов", "REPRESENTATIVE").exitCode()).isZero();
        // Now a representative, the new user may list the users.
        assertThat(as("new", "users", "list").out()).contains("Айбек Осмонов\tRepresentative");

        CommandResult removed = as("sample", "users", "remove", "Айбек Осмонов");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        CommandResult gone = as("new", "users", "list");
        assertThat(gone.exitCode()).isEqualTo(2);
        assertThat(gone.err()).contains("Wrong passphrase");
    }

    @Test
    void theLastManagerStaysAndAnotherUsersPassphraseIsRefused() {
        assertThat(as("sample", "users", "remove", "周建华").exitCode()).isZero();

        CommandResult last = as("sample", "users", "role", "王立新", "DEPUTY");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).contains("last user who may manage users");
        assertThat(as("sample", "users", "add", "A", "--role", "DEPUTY", "--new-passphrase-file",
                home.resolve("new.pass").toString()).exitCode()).isZero();
        CommandResult twice = as("sample", "users", "add", "B", "--role", "DEPUTY", "--new-passphrase-file",
                home.resolve("new.pass").toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already opens the archive for another user");
    }
}
