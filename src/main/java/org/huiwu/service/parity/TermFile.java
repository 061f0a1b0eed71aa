// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.domain.parity.TermbaseEntry;

/** The two file formats of the termbase, chosen by the file's extension. */
public enum TermFile {
    TBX("tbx", "xml"),
    CSV("csv");

    private final List<String> extensions;

    TermFile(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extensions a file of this format may have, without dot; the first is the one exports get. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file's extension names; refused with a message key otherwise. */
    public static TermFile of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TermFile format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith("." + extension)) {
                    return format;
                }
            }
        }
        throw new TermFileException("terms.file.unknownFormat", file.getFileName().toString());
    }

    public byte[] write(List<TermbaseEntry> entries) {
        return this == TBX ? Tbx.write(entries) : Csv.write(entries);
    }

    public List<Imported> read(byte[] bytes) {
        return this == TBX ? Tbx.read(bytes) : Csv.read(bytes);
    }

    /**
     * A term as a file holds it: forms (the preferred one first), a note, and the UUID a Huiwu export gave it
     * (null otherwise). Entries lacking either language have empty lists; the import skips them.
     */
    public record Imported(UUID uuid, List<String> zh, List<String> ru, String note) {
        public Imported {
            zh = TermForms.clean(zh);
            ru = TermForms.clean(ru);
            note = note == null ? "" : note.strip();
        }

        public boolean complete() {
            return !zh.isEmpty() && !ru.isEmpty();
        }
    }

    /** UTF-8 text without a byte order mark; other encodings are refused rather than read as gibberish. */
    static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new TermFileException(e, "terms.file.notUtf8");
        }
    }

    /** For the CLI and the UI: the file read, with a message key when it cannot be. */
    static byte[] readAll(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TermFileException(e, "terms.file.unreadable", file.toString());
        }
    }
}
