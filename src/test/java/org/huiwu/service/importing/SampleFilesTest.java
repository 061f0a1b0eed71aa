// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The sample files users can try (src/test/resources/org/huiwu/importing/, named in the README) read as the README
 * says. The DOCX is made by {@link WordFiles#sampleMinutes()}; run this test with -Dhuiwu.regenerateSamples=true to
 * write it again after changing that method.
 */
class SampleFilesTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "org", "huiwu", "importing");
    private static final String ZH3 = "三、双方同意于2019年9月在吐尔尕特口岸举行下次会谈。";

    @Test
    void theSampleDocxGivesFiveClausesTwoOfThemFlaggedAndOneJoined() throws IOException, ImportException {
        Path docx = FOLDER.resolve("past-minutes-sample.docx");
        if (Boolean.getBoolean("huiwu.regenerateSamples") || !Files.exists(docx)) {
            WordFiles.write(docx, WordFiles.sampleMinutes());
        }

        ImportPreview preview = MinutesImport.readDocx(docx, progress -> { });

        assertThat(preview.clauses()).hasSize(5);
        assertThat(preview.clauses().get(1).zh()).isEqualTo("二、关于边境管理：\n（一）加强边境巡逻；\n（二）及时通报越境事件。");
        assertThat(preview.clauses().get(2)).isEqualTo(new ImportedClause(ZH3,
                "3. Стороны договорились провести следующую встречу\nв сентябре 2019 года на КПП Торугарт.",
                Set.of(ImportWarning.MERGED)));
        assertThat(preview.clauses().get(3).warnings()).containsExactly(ImportWarning.NO_RUSSIAN);
        assertThat(preview.clauses().get(4)).isEqualTo(new ImportedClause("五、本纪要一式两份。",
                "5. Настоящий протокол составлен в двух экземплярах.", Set.of(ImportWarning.SWAPPED)));
        assertThat(preview.flagged()).isEqualTo(3);
        assertThat(Files.size(docx)).isLessThan(20_000);
    }

    @Test
    void theSampleTsvGivesFourClausesWithLineBreaksKept() throws ImportException {
        ImportPreview preview = MinutesImport.readTsv(FOLDER.resolve("past-minutes-sample.tsv"), progress -> { });

        assertThat(preview.clauses()).hasSize(4);
        assertThat(preview.clauses().get(0).zh()).isEqualTo("一、双方回顾了上次会谈商定事项的落实情况。");
        assertThat(preview.clauses().get(1).ru()).startsWith("2. О пограничном режиме:\n1) усилить");
        assertThat(preview.clauses().get(3).warnings()).containsExactly(ImportWarning.NO_RUSSIAN);
    }
}
