// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.i18n.EnumTexts;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code huiwu users list|add|remove|role}: the archive's users, for whoever may manage them. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "The archive's users, each with a passphrase (key slot) of their own and a role. Needs a role "
                + "that may manage users (representative or administrator); others are refused with exit 2.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.RemoveUser.class,
            UsersCommand.ChangeRole.class})
final class UsersCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String role(Messages messages, Role role) {
        return messages.get(EnumTexts.keyOf(role));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the users who can open the archive: name, role, key slot, added.")
    static final class ListUsers implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--json", description = "Machine-readable output: name, role, slot, created, you.")
        private boolean json;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        ListUsers(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                var users = session.users();
                String me = session.actor().userName();
                var out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(users.list().stream().map(user -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("name", user.name());
                        row.put("role", user.role().name());
                        row.put("slot", user.slot());
                        row.put("created", user.createdAt().toString());
                        row.put("you", user.name().equals(me));
                        return row;
                    }).toList()));
                } else {
                    for (ArchiveUser user : users.list()) {
                        out.println(String.join("\t", user.name(), role(messages, user.role()),
                                String.valueOf(user.slot()), user.name().equals(me) ? "*" : ""));
                    }
                }
                out.flush();
                return HuiwuCommand.DONE;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user with a passphrase of their own (a new key slot). The passphrase of another "
                    + "user is refused.")
    static final class AddUser implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Parameters(index = "0", paramLabel = "NAME", description = "The new user's name, unique in the archive.")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "R",
                description = "${COMPLETION-CANDIDATES}.")
        private Role role;

        @Option(names = "--new-passphrase-file", paramLabel = "F",
                description = "File whose first line is the new user's passphrase (else asked twice on the "
                        + "terminal).")
        private Path newPassphraseFile;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        AddUser(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                var users = session.users();
                // Refused before asking for a passphrase when the caller may not manage users.
                users.list();
                PassphraseInput input = new PassphraseInput(messages, System.console());
                char[] passphrase = null;
                char[] repeated = null;
                try {
                    passphrase = input.read(newPassphraseFile, "--new-passphrase-file", "cli.passphrase.promptNew");
                    repeated = newPassphraseFile != null ? passphrase.clone()
                            : input.read(null, "--new-passphrase-file", "cli.passphrase.promptRepeat");
                    ArchiveUser added = users.add(name, role, passphrase, repeated);
                    spec.commandLine().getOut().println(messages.get("cli.users.added", added.name(),
                            role(messages, added.role())));
                } finally {
                    if (passphrase != null) {
                        Arrays.fill(passphrase, '\0');
                    }
                    if (repeated != null) {
                        Arrays.fill(repeated, '\0');
                    }
                }
                spec.commandLine().getOut().flush();
                return HuiwuCommand.DONE;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a user: their key slot is deleted and their passphrase no longer opens the archive.")
    static final class RemoveUser implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        RemoveUser(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                session.users().remove(name);
                spec.commandLine().getOut().println(messages.get("cli.users.removed", name.strip()));
                spec.commandLine().getOut().flush();
                return HuiwuCommand.DONE;
            }
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Changes a user's role.")
    static final class ChangeRole implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", paramLabel = "R", description = "${COMPLETION-CANDIDATES}.")
        private Role role;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        ChangeRole(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                ArchiveUser changed = session.users().changeRole(name, role);
                spec.commandLine().getOut().println(messages.get("cli.users.roleChanged", changed.name(),
                        role(messages, changed.role())));
                spec.commandLine().getOut().flush();
                return HuiwuCommand.DONE;
            }
        }
    }
}
