// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.huiwu.app.AppContext;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.i18n.Messages;
import org.huiwu.service.backup.BackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code huiwu COMMAND …} runs without a window. Exit codes: 0 done or valid, 1 a negative
 * answer, 2 usage, input or I/O error, with a one-line message in the user's language and never a stack trace.
 */
@Command(name = "huiwu", mixinStandardHelpOptions = true, versionProvider = HuiwuCommand.Version.class,
        description = "Huiwu (会晤 · Встреча): meetings and bilingual minutes of the Chinese and Kyrgyz border "
                + "representatives. Without a command, starts the app.",
        subcommands = {SampleCommand.class, MeetingsCommand.class, MeetingCommand.class, ArchiveCommand.class,
            TermsCommand.class, ParityCommand.class, ProtocolCommand.class, SearchCommand.class, BenchCommand.class,
            BackupCommand.class, RestoreCommand.class, UsersCommand.class, AuditCommand.class, ConsentCommand.class, InfoCommand.class,
            CommandLine.HelpCommand.class})
public final class HuiwuCommand implements Runnable {

    public static final int DONE = 0;
    public static final int NEGATIVE = 1;
    public static final int ERROR = 2;

    private static final Logger LOG = LoggerFactory.getLogger(HuiwuCommand.class);
    private static final Set<String> ENTRY_WORDS = Set.of("sample", "meetings", "meeting", "archive", "terms", "parity",
            "protocol", "search", "users", "audit", "consent", "info",
            "bench", "backup", "restore", "help", "--help", "-h", "--version", "-V");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether the first argument asks for a command rather than the window. */
    public static boolean isCommand(String firstArgument) {
        return ENTRY_WORDS.contains(firstArgument);
    }

    public static int run(String... args) {
        Charset charset = terminalCharset();
        return run(AppContext.forCurrentUser(), new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), args);
    }

    /**
     * The terminal's encoding, but UTF-8 where the locale only promises ASCII (the C locale of servers and CI):
     * Chinese and Cyrillic records would otherwise print as question marks.
     */
    static Charset terminalCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs a command with the given context and streams (tests pass their own). */
    public static int run(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        Messages messages = Messages.of(context.settings().current().language());
        CommandLine commandLine = new CommandLine(new HuiwuCommand(), new CommandFactory(context, messages));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Usage errors: one line in the user's language pointing to --help, not picocli's English usage dump.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println(messages.get("cli.error.usage", usageProblem(exception, messages),
                    exception.getCommandLine().getCommandSpec().qualifiedName()));
            return ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof ArchiveException archive) {
                err.println(messages.get(archive.reason().messageKey(), archive.detail()));
            } else if (exception instanceof BackupException backup) {
                err.println(messages.get(backup.reason().messageKey(), backup.detail()));
            } else if (exception instanceof org.huiwu.domain.access.AccessDeniedException denied) {
                err.println(messages.get(org.huiwu.i18n.AccessTexts.deniedKey(denied.permission()),
                        messages.get(org.huiwu.i18n.EnumTexts.keyOf(denied.actor().role()))));
            } else if (exception instanceof org.huiwu.domain.confidentiality.ReleaseRefusedException refused) {
                // A negative answer, not an error: the export is not allowed as asked.
                err.println(org.huiwu.i18n.Art4Texts.refused(messages, refused));
                return NEGATIVE;
            } else if (exception instanceof org.huiwu.service.ValidationException invalid) {
                err.println(invalid.violations().stream()
                        .map(v -> messages.get(v.messageKey(), org.huiwu.service.archive.PassphrasePolicy.MIN_LENGTH))
                        .collect(java.util.stream.Collectors.joining(" ")));
            } else if (exception instanceof UserError user) {
                err.println(user.getMessage());
            } else {
                LOG.error("Command failed", exception);
                err.println(messages.get("cli.error.unexpected", context.directories().logs()));
            }
            return ERROR;
        });
        return commandLine.execute(args);
    }

    private static String usageProblem(CommandLine.ParameterException exception, Messages messages) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("cli.error.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (exception instanceof CommandLine.MissingParameterException missing) {
            return messages.get("cli.error.missingArgument", missing.getMissing().stream()
                    // An option by its name and value ("--recipient other-side|internal|third-party"), so the user
                    // sees what to type; a positional parameter by its label.
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec option
                            ? option.longestName() + " " + arg.paramLabel() : arg.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        // Other picocli problems (e.g. a value of the wrong type) keep picocli's own wording.
        return exception.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A refusal worded for the user, already in their language. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    /** Gives every command the application context and the user's texts. */
    private record CommandFactory(AppContext context, Messages messages) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(AppContext.class, Messages.class).newInstance(context, messages);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HuiwuCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Huiwu " + (version == null ? "development build" : version)};
        }
    }
}
