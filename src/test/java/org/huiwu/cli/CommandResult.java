// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.huiwu.app.AppContext;

/** A command run in-process as the launcher runs it: exit code and both streams. */
record CommandResult(int exitCode, String out, String err) {

    static CommandResult run(AppContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
            exitCode = HuiwuCommand.run(context, outWriter, errWriter, args);
        }
        return new CommandResult(exitCode, out.toString(), err.toString());
    }
}
