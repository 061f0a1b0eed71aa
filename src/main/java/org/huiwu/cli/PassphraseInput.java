// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.huiwu.i18n.Messages;

/**
 * Where a command gets a passphrase: the file named by an option (first line, UTF-8), else the terminal without
 * echo; with neither, the command refuses (exit 2). The caller wipes the returned array.
 */
final class PassphraseInput {

    private final Messages messages;
    private final Console console;

    PassphraseInput(Messages messages, Console console) {
        this.messages = messages;
        this.console = console;
    }

    char[] read(Path file, String option, String promptKey, Object... promptArguments) {
        if (file != null) {
            return fromFile(file);
        }
        if (console == null) {
            throw new HuiwuCommand.UserError(messages.get("cli.passphrase.noTerminal", option));
        }
        char[] typed = console.readPassword("%s", messages.get(promptKey, promptArguments));
        if (typed == null) {
            throw new HuiwuCommand.UserError(messages.get("cli.passphrase.noTerminal", option));
        }
        return typed;
    }

    private char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HuiwuCommand.UserError(messages.get("cli.passphrase.unreadable", file));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            // Editors on Windows may start the file with a byte-order mark: not part of the passphrase.
            if (chars.hasRemaining() && chars.get(0) == '\uFEFF') {
                chars.position(1);
                chars = chars.slice();
            }
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] passphrase = new char[end];
            chars.get(passphrase, 0, end);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return passphrase;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
