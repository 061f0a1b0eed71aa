// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --json}, shared by the list commands, and the printing it chooses: one tab-separated line per record for
 * people and shell tools, or with --json one JSON array for programs.
 */
final class RowsOrJson {

    @Option(names = "--json", description = "Machine-readable output.")
    private boolean json;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Prints the records, each as {@code row} gives its cells or with --json as {@code toJson} gives it. */
    <T> void print(List<T> records, Function<T, ?> toJson, Function<T, List<String>> row) {
        print(List.of(), records, toJson, row);
    }

    /** The same with a line of column names above the rows (not above the JSON, whose fields are named). */
    <T> void print(List<String> header, List<T> records, Function<T, ?> toJson, Function<T, List<String>> row) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(records.stream().map(toJson).toList()));
        } else {
            if (!header.isEmpty()) {
                out.println(String.join("\t", header));
            }
            records.forEach(record -> out.println(String.join("\t", row.apply(record))));
        }
        out.flush();
    }
}
