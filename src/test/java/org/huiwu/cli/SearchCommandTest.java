// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search and bench search as a user runs them, on the sample archive. */
class SearchCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    static Path shared;
    private static Path sample;
    private static Path passphrase;

    @BeforeAll
    static void createTheSample() throws IOException {
        sample = shared.resolve("sample");
        passphrase = shared.resolve("passphrase.txt");
        Files.writeString(passphrase, "sample\n");
        CommandResult created = run("sample", "--archive", sample.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    private static CommandResult run(String... args) {
        AppContext context = new AppContext(new DataDirectories(shared, shared, shared.resolve("logs")), CLOCK,
                Locale.ENGLISH, KeyDerivation.forTests());
        return CommandResult.run(context, args);
    }

    private static CommandResult search(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "search";
        all[1] = "--archive";
        all[2] = sample.toString();
        all[3] = "--passphrase-file";
        all[4] = passphrase.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return run(all);
    }

    @Test
    void searchIsAnEntryWordSoTheLauncherRunsItWithoutAWindow() {
        assertThat(HuiwuCommand.isCommand("search")).isTrue();
    }

    @Test
    void printsHitsWithBothTextsAndTheMatchesBracketed() {
        CommandResult result = search("山洪");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out()).containsPattern("^\\d+ found");
        assertThat(result.out()).contains("Clause 5").contains("在[山洪]季节").contains("паводков");
    }

    @Test
    void jsonGivesMeetingPairAndBothTextsWithMarks() throws IOException {
        CommandResult result = search("границей", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("total").asLong()).isPositive();
        JsonNode pair = null;
        for (JsonNode hit : json.get("hits")) {
            if (hit.get("kind").asText().equals("PAIR")) {
                pair = hit;
                break;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("meetingId").asLong()).isPositive();
        assertThat(pair.get("record").asText()).hasSize(36);
        assertThat(pair.get("position").asInt()).isPositive();
        assertThat(pair.get("zh").get("text").asText()).isNotBlank();
        String ru = pair.get("ru").get("text").asText();
        JsonNode mark = pair.get("ru").get("marks").get(0);
        assertThat(ru.substring(mark.get(0).asInt(), mark.get(1).asInt())).startsWith("границ");
    }

    @Test
    void nothingFoundExitsWithOne() {
        CommandResult result = search("телескоп");

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.NEGATIVE);
        assertThat(result.out()).startsWith("0 found");
    }

    @Test
    void benchSearchPrintsTheFiguresOfASmallArchive() {
        CommandResult result = run("bench", "search", "--pairs", "2000");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out()).containsPattern("pairs=2000 meetings=2 distinct_terms=\\d+")
                .containsPattern("build: index [\\d.]+ s \\(encrypted, [\\d.]+ MiB on disk\\)")
                .containsPattern("lucene zh +queries=300 p50=[\\d.]+ ms p95=[\\d.]+ ms p99")
                .containsPattern("lucene ru +queries=300 .* no_hits=0")
                .containsPattern("lucene latin +queries=300 .* no_hits=0")
                .containsPattern("like +zh +queries=20 p50")
                .contains("heap: ");
    }
}
