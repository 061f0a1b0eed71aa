// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.huiwu.app.AppContext;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HuiwuCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("Asia/Bishkek"));

    @TempDir
    static Path shared;
    private static Path sample;
    private static CommandResult sampleRun;
    private static Path passphraseFile;

    @TempDir
    Path home;

    @BeforeAll
    static void createSampleOnce() {
        sample = shared.resolve("sample-archive");
        passphraseFile = shared.resolve("passphrase.txt");
        try {
            java.nio.file.Files.writeString(passphraseFile, "sample\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        sampleRun = run(shared, "sample", "--archive", sample.toString());
    }

    @Test
    void sampleCommandCreatesTheSampleArchiveWithTwentyThreeMeetings() {
        assertThat(sampleRun.exitCode()).as(sampleRun.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(sampleRun.err()).isEmpty();
        assertThat(sampleRun.out()).contains(sample.toString()).contains("23 meetings");
        assertThat(sample.resolve("huiwu-archive.properties")).exists();
    }

    @Test
    void sampleCommandRefusesAFolderThatAlreadyHoldsAnArchive() {
        CommandResult again = run(home, "sample", "--archive", sample.toString());

        assertThat(again.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(again.err().lines().toList()).singleElement().asString()
                .contains("There is already an archive in " + sample);
        assertThat(again.out()).isEmpty();
    }

    @Test
    void sampleCommandWithoutArchiveOptionUsesTheSampleFolderOfTheDataDirectory() {
        CommandResult result = run(home, "sample");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(home.resolve("sample").resolve("huiwu-archive.properties")).exists();
    }

    @Test
    void meetingsListAsJsonGivesEveryMeetingWithItsFields() {
        CommandResult result = run(home, "meetings", "list", "--passphrase-file", passphraseFile.toString(),
                "--archive", sample.toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.err()).isEmpty();
        Object parsed = new MiniJson(result.out()).parseDocument();
        assertThat(parsed).isInstanceOf(List.class);
        List<Map<String, Object>> meetings = ((List<?>) parsed).stream().map(HuiwuCommandTest::object).toList();
        assertThat(meetings).hasSize(23);
        assertThat(meetings).allSatisfy(meeting -> assertThat(meeting).containsKeys("id", "uuid", "level", "start",
                "end", "startLocal", "timeZone", "place", "hostSide", "status", "title", "delegation"));
        assertThat(meetings).extracting(meeting -> meeting.get("level"))
                .contains("LEADERSHIP", "WORKING", "TALKS")
                .containsOnly("LEADERSHIP", "WORKING", "TALKS");
        assertThat(meetings).extracting(meeting -> meeting.get("status"))
                .contains("PLANNED", "HELD", "POSTPONED", "CANCELLED");
        assertThat(meetings).extracting(meeting -> (String) meeting.get("start")).isSorted();

        Map<String, Object> first = meetings.get(0);
        assertThat(first.get("level")).isEqualTo("LEADERSHIP");
        assertThat(first.get("start")).isEqualTo("2018-10-16T04:00:00Z");
        assertThat(first.get("startLocal")).isEqualTo("2018-10-16T10:00+06:00");
        assertThat(first.get("timeZone")).isEqualTo("Asia/Bishkek");
        assertThat(first.get("hostSide")).isEqualTo("KG");
        assertThat(first.get("status")).isEqualTo("HELD");
        assertThat(object(first.get("place"))).containsEntry("zh", "比什凯克").containsEntry("ru", "Бишкек");
        assertThat((List<?>) first.get("delegation")).hasSize(6);
    }

    @Test
    void meetingsListAsTextHasAHeaderAndOneLinePerMeeting() {
        CommandResult result = run(home, "meetings", "list", "--passphrase-file", passphraseFile.toString(),
                "--archive", sample.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(HuiwuCommand.DONE);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(1 + 23);
        assertThat(lines.get(0)).isEqualTo("ID\tLevel\tStart (local time of the place)\tPlace\tHost\tStatus");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split("\t")).hasSize(6));
        assertThat(lines.get(1)).contains("2018-10-16 10:00 +06:00").contains("比什凯克 · Бишкек").contains("KG");
    }

    @Test
    void meetingsListOfAMissingFolderSaysWhichFolderInOneLine() {
        Path missing = home.resolve("no-such-archive");

        CommandResult result = run(home, "meetings", "list", "--passphrase-file", passphraseFile.toString(),
                "--archive", missing.toString());

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("No archive was found in " + missing + ".");
        assertThat(result.out()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "--jsn"})
    void unknownOptionIsAUsageError(String option) {
        CommandResult result = run(home, "meetings", "list", "--passphrase-file", passphraseFile.toString(),
                "--archive", sample.toString(), option);

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.ERROR);
        assertThat(result.err().strip())
                .isEqualTo("Unknown option or argument: " + option + ". See: huiwu meetings list --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        CommandResult result = run(home, "--help");

        assertThat(result.exitCode()).isEqualTo(HuiwuCommand.DONE);
        assertThat(result.out()).contains("Usage: huiwu").contains("sample").contains("meetings");
        assertThat(result.err()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static CommandResult run(Path dataHome, String... args) {
        return CommandResult.run(new AppContext(new DataDirectories(dataHome, dataHome, dataHome.resolve("logs")),
                CLOCK, Locale.ENGLISH, KeyDerivation.forTests()), args);
    }

    /** Strict enough JSON reading for the test: objects, arrays, strings, numbers, true/false/null. */
    private static final class MiniJson {
        private final String text;
        private int at;

        MiniJson(String text) {
            this.text = text;
        }

        Object parseDocument() {
            Object value = value();
            skipSpace();
            if (at != text.length()) {
                throw error("trailing text");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek() == '}') {
                at++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                if (map.put(key, value()) != null) {
                    throw error("duplicate key " + key);
                }
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            skipSpace();
            if (peek() == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("control character in string");
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case '"', '\\', '/' -> out.append(e);
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> throw error("bad escape");
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private Object number() {
            int begin = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (begin == at) {
                throw error("unexpected character");
            }
            return Double.parseDouble(text.substring(begin, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + at);
        }
    }
}
