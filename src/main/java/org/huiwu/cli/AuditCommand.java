// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditCheck;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditReport;
import org.huiwu.i18n.AuditTexts;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.audit.AuditAnchors;
import org.huiwu.service.audit.AuditFilter;
import org.huiwu.service.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code huiwu audit [--json] [--verify]}: the trail of who did what and when, and its check against its anchors. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Lists the audit trail (time, user, role, action, subject, detail), newest first. With "
                + "--verify, checks that every entry chains to the one before and that the anchors kept in the "
                + "archive's backups and signed protocols (and any given with --anchor-pdf/--anchor-backup) are on "
                + "the trail: exit 0 intact, 1 edited, removed, cut short or rebuilt, 2 usage or I/O error. "
                + "Representative, deputy and administrator only.")
final class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AppContext context;
    private final Messages messages;

    @Mixin
    private ArchiveOption archiveOption;

    @Option(names = "--json", description = "Machine-readable output: an array of entries, or the checks.")
    private boolean json;

    @Option(names = "--verify", description = "Check the chain and its anchors instead of listing.")
    private boolean verify;

    @Option(names = "--anchor-pdf", paramLabel = "FILE", description = "A protocol PDF whose anchor to check too.")
    private List<Path> anchorPdfs = new ArrayList<>();

    @Option(names = "--anchor-backup", paramLabel = "FILE", description = "A backup whose anchor to check too.")
    private List<Path> anchorBackups = new ArrayList<>();

    @Option(names = "--user", paramLabel = "NAME", description = "Only this user's entries.")
    private String user;

    @Option(names = "--action", paramLabel = "A", description = "Only this action: ${COMPLETION-CANDIDATES}.")
    private AuditAction action;

    @Option(names = "--from", paramLabel = "DATE", description = "Only entries on or after this day (yyyy-mm-dd).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only entries on or before this day (yyyy-mm-dd).")
    private String to;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    AuditCommand(AppContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        ZoneId zone = context.clock().getZone();
        AuditFilter filter = new AuditFilter(Optional.ofNullable(user), Optional.ofNullable(action),
                day(from).map(d -> d.atStartOfDay(zone).toInstant()),
                day(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), "");
        try (ArchiveSession session = archiveOption.open(context, messages)) {
            AuditService audit = session.auditing(new AuditAnchors(context.backups(),
                    org.huiwu.pdf.protocol.ProtocolAnchor::read,
                    org.huiwu.pdf.protocol.ProtocolAnchor::made));
            PrintWriter out = spec.commandLine().getOut();
            int exit = verify ? verify(audit, out) : list(audit.entries(filter), zone, out);
            out.flush();
            return exit;
        }
    }

    private int list(List<AuditEntry> entries, ZoneId zone, PrintWriter out) {
        if (json) {
            out.println(Json.write(entries.stream().map(entry -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("sequence", entry.sequence());
                row.put("time", entry.at().toString());
                row.put("user", entry.actorName());
                row.put("userUuid", entry.actorUuid().toString());
                row.put("role", entry.actorRole().name());
                row.put("action", entry.action().name());
                row.put("subject", entry.subject());
                row.put("detail", entry.detail());
                row.put("hash", entry.hash());
                return row;
            }).toList()));
            return HuiwuCommand.DONE;
        }
        for (AuditEntry entry : entries) {
            out.println(String.join("\t", TIME.format(entry.at().atZone(zone)), entry.actorName(),
                    messages.of(entry.actorRole()), messages.of(entry.action()), entry.subject(), entry.detail()));
        }
        return HuiwuCommand.DONE;
    }

    private int verify(AuditService audit, PrintWriter out) {
        AuditAnchors anchors = new AuditAnchors(context.backups(), org.huiwu.pdf.protocol.ProtocolAnchor::read,
                    org.huiwu.pdf.protocol.ProtocolAnchor::made);
        List<AnchorSource> given = new ArrayList<>();
        for (Path pdf : anchorPdfs) {
            given.add(given(pdf, () -> anchors.protocol(pdf)));
        }
        for (Path backup : anchorBackups) {
            given.add(given(backup, () -> anchors.backup(backup)));
        }
        AuditReport report = audit.verify(given);
        if (json) {
            List<Map<String, Object>> checks = new ArrayList<>();
            checks.add(check(report.chain()));
            report.anchors().forEach(check -> checks.add(check(check)));
            Map<String, Object> whole = new LinkedHashMap<>();
            whole.put("intact", report.intact());
            whole.put("entries", report.entries());
            whole.put("checks", checks);
            out.println(Json.write(whole));
        } else {
            out.println(AuditTexts.chain(messages, report.chain(), report.entries()));
            report.anchors().forEach(check -> out.println(AuditTexts.anchor(messages, check)));
            if (report.anchors().isEmpty() && given.isEmpty()) {
                out.println(messages.get("audit.anchors.none"));
            }
            out.println(AuditTexts.verdict(messages, report));
        }
        return report.intact() ? HuiwuCommand.DONE : HuiwuCommand.NEGATIVE;
    }

    private static Map<String, Object> check(AuditCheck check) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("finding", check.finding().name());
        row.put("sequence", check.sequence());
        check.source().ifPresent(source -> {
            row.put("source", source.kind().name());
            row.put("name", source.name());
            row.put("anchor", source.anchor().text());
        });
        return row;
    }

    private interface AnchorRead {
        Optional<AnchorSource> read() throws IOException;
    }

    /** A file given by hand must be readable and carry an anchor: else there is nothing to check (exit 2). */
    private AnchorSource given(Path file, AnchorRead read) {
        if (!Files.isRegularFile(file)) {
            throw new HuiwuCommand.UserError(messages.get("audit.cli.unreadable", file.toString()));
        }
        try {
            return read.read().orElseThrow(() -> new HuiwuCommand.UserError(
                    messages.get("audit.cli.noAnchor", file.toString())));
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("audit.cli.unreadable", file.toString()));
        }
    }

    private Optional<LocalDate> day(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new HuiwuCommand.UserError(messages.get("audit.cli.badDate", text));
        }
    }
}
