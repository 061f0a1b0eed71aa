// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.treaty;

import java.util.ArrayList;
import java.util.List;

/**
 * The small Markdown shape the treaty texts are kept in: "# title", paragraphs of the preamble, then one
 * "## heading" per article with its paragraphs. A line wholly in italics is a label, not text of the agreement.
 */
record TreatyMarkdown(String title, List<String> preamble, List<Section> sections) {

    record Section(String heading, List<String> paragraphs) {
    }

    static TreatyMarkdown parse(String text) {
        String title = "";
        List<String> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> current = preamble;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.add(new Section(line.substring(3).strip(), current));
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.length() > 2 && line.startsWith("*") && line.endsWith("*") && !line.startsWith("**")) {
                continue;
            } else {
                current.add(line);
            }
        }
        return new TreatyMarkdown(title, preamble, sections);
    }
}
