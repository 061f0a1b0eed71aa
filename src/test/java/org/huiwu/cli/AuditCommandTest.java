// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.AuditTampering;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** audit: listing and filtering the sample's trail, and --verify before and after tampering with the database. */
class AuditCommandTest {

    @TempDir
    Path home;
    private AppContext context;
    private Path sample;

    @BeforeEach
    void createTheSample() throws IOException {
        context = UiTestArchive.context(home);
        sample = UiTestArchive.sample(context);
        Files.writeString(home.resolve("sample.pass"), SampleArchive.PASSPHRASE + "\n");
        Files.writeString(home.resolve("assistant.pass"), SampleArchive.SampleUser.ASSISTANT.passphrase() + "\n");
        Files.writeString(home.resolve("admin.pass"), SampleArchive.SampleUser.ADMINISTRATOR.passphrase() + "\n");
    }

    private CommandResult as(String passphrase, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--archive";
        all[args.length + 1] = sample.toString();
        all[args.length + 2] = "--passphrase-file";
        all[args.length + 3] = home.resolve(passphrase + ".pass").toString();
        return CommandResult.run(context, all);
    }

    @Test
    void auditIsAnEntryWord() {
        assertThat(HuiwuCommand.isCommand("audit")).isTrue();
    }

    @Test
    void theSampleTrailListsNewestFirstWithUsersAndRoles() throws IOException {
        CommandResult listed = as("sample", "audit", "--json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(listed.out());
        assertThat(entries.size()).isGreaterThan(20);
        assertThat(entries.get(0).get("sequence").asLong()).isGreaterThan(entries.get(1).get("sequence").asLong());
        assertThat(entries.findValuesAsText("action")).contains("CREATED", "FINALIZED", "USER_ADDED");
        assertThat(entries.findValuesAsText("user")).contains(SampleArchive.REPRESENTATIVE,
                SampleArchive.SampleUser.ASSISTANT.userName());
        assertThat(entries.findValuesAsText("role")).contains("REPRESENTATIVE", "ASSISTANT", "DEPUTY");

        CommandResult plain = as("sample", "audit");
        assertThat(plain.out().lines().findFirst().orElseThrow().split("\t")).hasSize(6);
        assertThat(plain.out()).contains("User added").contains("Representative");
    }

    @Test
    void filtersByUserActionAndDate() throws IOException {
        String assistant = SampleArchive.SampleUser.ASSISTANT.userName();
        CommandResult filtered = as("admin", "audit", "--json", "--user", assistant, "--action", "CREATED");

        assertThat(filtered.exitCode()).as(filtered.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(filtered.out());
        assertThat(entries.size()).isPositive();
        assertThat(entries.findValuesAsText("user")).containsOnly(assistant);
        assertThat(entries.findValuesAsText("action")).containsOnly("CREATED");

        CommandResult none = as("admin", "audit", "--json", "--from", "1990-01-01", "--to", "1990-12-31");
        assertThat(new ObjectMapper().readTree(none.out()).size()).isZero();
        assertThat(as("admin", "audit", "--from", "yesterday").exitCode()).isEqualTo(HuiwuCommand.ERROR);
    }

    @Test
    void theAssistantMayNotReadTheTrail() {
        CommandResult refused = as("assistant", "audit");

        assertThat(refused.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(refused.err()).contains("may not read the audit trail");
    }

    @Test
    void anUntouchedTrailVerifies() {
        CommandResult verified = as("sample", "audit", "--verify");

        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(verified.out()).contains("Chain intact").contains("Audit trail intact");
    }

    @Test
    void anEditedEntryFailsTheCheck() {
        AuditTampering.editDetail(context.archives(), sample, SampleArchive.PASSPHRASE.toCharArray(), 5,
                "nothing to see");

        CommandResult verified = as("sample", "audit", "--verify");

        assertThat(verified.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(verified.out()).contains("Entry 5 was edited").contains("does NOT match");
    }

    @Test
    void aRemovedTailIsCaughtByABackupAndByAProtocolPdf() throws IOException {
        Path backup = home.resolve("by-hand.hwbackup");
        CommandResult backedUp = as("sample", "backup", "--out", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        Path pdf = home.resolve("protocol.pdf");
        CommandResult exported = as("sample", "protocol", "export", "--meeting", String.valueOf(finalMeeting()),
                "--original", "cn", "--out", pdf.toString(), "--recipient", "internal");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        CommandResult before = as("sample", "audit", "--verify", "--anchor-backup", backup.toString(),
                "--anchor-pdf", pdf.toString());
        assertThat(before.exitCode()).as(before.out()).isEqualTo(HuiwuCommand.DONE);
        assertThat(before.out().lines().filter(line -> line.contains("matches the trail"))).hasSize(2);

        long newest = AuditTampering.newest(context.archives(), sample, SampleArchive.PASSPHRASE.toCharArray());
        AuditTampering.cutAfter(context.archives(), sample, SampleArchive.PASSPHRASE.toCharArray(), newest - 3);

        CommandResult chainOnly = as("sample", "audit", "--verify");
        assertThat(chainOnly.exitCode()).as("the chain alone cannot see a cut tail").isEqualTo(HuiwuCommand.DONE);
        CommandResult byBackup = as("sample", "audit", "--verify", "--anchor-backup", backup.toString());
        assertThat(byBackup.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(byBackup.out()).contains("Backup by-hand.hwbackup").contains("newest entries were removed");
        CommandResult byPdf = as("sample", "audit", "--verify", "--anchor-pdf", pdf.toString(), "--json");
        assertThat(byPdf.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        JsonNode report = new ObjectMapper().readTree(byPdf.out());
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("checks").findValuesAsText("finding")).containsExactly("INTACT", "TAIL_REMOVED");
    }

    @Test
    void aFileWithoutAnAnchorIsAnError() throws IOException {
        Path notAPdf = Files.writeString(home.resolve("note.pdf"), "not a pdf");

        CommandResult result = as("sample", "audit", "--verify", "--anchor-pdf", notAPdf.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err()).contains("carries no audit anchor");
        assertThat(as("sample", "audit", "--verify", "--anchor-backup", home.resolve("missing").toString())
                .exitCode()).isEqualTo(HuiwuCommand.ERROR);
    }

    private long finalMeeting() {
        try (OpenArchive archive = context.archives().open(sample, SampleArchive.PASSPHRASE.toCharArray())) {
            return archive.meetings().findAll().stream()
                    .filter(m -> archive.minutes().latest(m.id()).map(v -> v.isFinal()).orElse(false))
                    .map(Meeting::id).reduce((a, b) -> b).orElseThrow();
        }
    }
}
