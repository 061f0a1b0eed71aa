// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private static TermbaseService seeded() {
        TermbaseService terms = new TermbaseService(new InMemoryTerms(), CLOCK);
        terms.seedIfEmpty();
        // Characters a file format must survive: quotes, commas, a line break, XML markup, an ampersand.
        terms.save(new Term(UUID.randomUUID(), List.of("“引号”,逗号"), List.of("\"кавычки\", запятые", "<a&b>"),
                "line one\nline two, with \"quotes\" & <markup>"));
        return terms;
    }

    private static List<Term> termsOf(TermbaseService terms) {
        return terms.list().stream().map(TermbaseEntry::term).toList();
    }

    @ParameterizedTest
    @EnumSource(TermFile.class)
    void anExportImportedIntoAnEmptyTermbaseGivesTheSameEntries(TermFile format) {
        TermbaseService source = seeded();
        byte[] file = source.export(format);

        TermbaseService target = new TermbaseService(new InMemoryTerms(), CLOCK);
        TermbaseService.ImportResult result = target.importTerms(format.read(file));

        assertThat(result.added()).isEqualTo(source.list().size());
        assertThat(result.updated() + result.unchanged() + result.incomplete()).isZero();
        if (format == TermFile.TBX) {
            // TBX carries the UUID: the same entries, the same identities.
            assertThat(termsOf(target)).containsExactlyElementsOf(termsOf(source));
        } else {
            assertThat(termsOf(target)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("uuid")
                    .containsExactlyElementsOf(termsOf(source));
        }
        assertThat(target.list()).extracting(TermbaseEntry::origin).containsOnly(TermOrigin.IMPORT);
        // Importing the same file again changes nothing.
        TermbaseService.ImportResult again = target.importTerms(format.read(file));
        assertThat(again.unchanged()).isEqualTo(source.list().size());
        assertThat(again.added() + again.updated()).isZero();
    }

    @Test
    void theTbxExportIsWellFormedUtf8WithLanguagesAndThePreferredFormMarked() {
        String xml = new String(seeded().export(TermFile.TBX), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(xml).contains("<martif type=\"TBX-Basic\"", "<langSet xml:lang=\"zh\"><tig><term>边界代表</term>",
                "<langSet xml:lang=\"ru\"><tig><term>пограничный представитель</term><termNote "
                        + "type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>",
                "&lt;a&amp;b");
    }

    @Test
    void theCsvExportHasTheHeaderAndQuotesWhereRfc4180Requires() {
        String csv = new String(seeded().export(TermFile.CSV), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFzh,ru,note\r\n");
        assertThat(csv).contains("\r\n边界代表,пограничный представитель; пограничного представителя;");
        assertThat(csv).contains("\"“引号”,逗号\",\"\"\"кавычки\"\", запятые; <a&b>\",\"line one\nline two");
    }

    @Test
    void tbxVariantsOfOtherToolsAreRead() {
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd" [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <martif type="TBX" xml:lang="en-US">
                  <text><body>
                    <termEntry id="c1">
                      <descrip type="definition">from another tool</descrip>
                      <langSet xml:lang="zh-CN"><ntig><termGrp><term>口岸</term></termGrp></ntig></langSet>
                      <langSet xml:lang="ru-RU">
                        <tig><term>пункта пропуска</term></tig>
                        <tig><term>пункт пропуска</term>
                          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      </langSet>
                      <langSet xml:lang="en-US"><tig><term>border crossing point</term></tig></langSet>
                    </termEntry>
                    <termEntry id="c2"><langSet xml:lang="zh"><tig><term>只有中文 &secret;</term></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """;
        List<TermFile.Imported> read = TermFile.TBX.read(tbx.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(2);
        assertThat(read.get(0).zh()).containsExactly("口岸");
        assertThat(read.get(0).ru()).containsExactly("пункт пропуска", "пункта пропуска");
        assertThat(read.get(0).note()).isEqualTo("from another tool");
        assertThat(read.get(0).uuid()).isNull();
        assertThat(read.get(1).complete()).isFalse();
        assertThat(read.get(1).zh().get(0)).doesNotContain("root:");
        String tbx3 = """
                <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
                  <text><body><conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>军区</term></termSec></langSec>
                  <langSec xml:lang="ru"><termSec><term>военный округ</term></termSec></langSec></conceptEntry></body></text>
                </tbx>""";
        assertThat(TermFile.TBX.read(tbx3.getBytes(StandardCharsets.UTF_8)))
                .singleElement().satisfies(t -> assertThat(t.ru()).containsExactly("военный округ"));
    }

    @Test
    void csvWithoutBomWithLfAndColumnsInAnotherOrderIsRead() {
        String csv = "note,RU,zh\nпримечание,военный округ;военного округа,军区\n\n,\"only ru\",\n";
        List<TermFile.Imported> read = TermFile.CSV.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(2);
        assertThat(read.get(0).zh()).containsExactly("军区");
        assertThat(read.get(0).ru()).containsExactly("военный округ", "военного округа");
        assertThat(read.get(0).note()).isEqualTo("примечание");
        assertThat(read.get(1).complete()).isFalse();
    }

    @Test
    void importMergesByPreferredFormAddingNewFormsAndKeepingTheEntry() {
        TermbaseService terms = new TermbaseService(new InMemoryTerms(), CLOCK);
        terms.seedIfEmpty();
        int before = terms.list().size();
        UUID military = terms.list().stream().filter(e -> e.term().zh().get(0).equals("军区")).findFirst()
                .orElseThrow().uuid();
        String csv = "zh,ru,note\n"
                + "军区,военный округ;в военном округе,ignored because the entry has a note\n"
                + "新词,Военный округ,\n" // same preferred Russian form, other case: the same entry
                + "口岸,пункт пропуска,\n"
                + "只有中文,,\n";

        TermbaseService.ImportResult result = terms.importTerms(TermFile.CSV.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isEqualTo(new TermbaseService.ImportResult(1, 1, 0, 1));
        assertThat(terms.list()).hasSize(before + 1);
        TermbaseEntry merged = terms.list().stream().filter(e -> e.uuid().equals(military)).findFirst().orElseThrow();
        assertThat(merged.term().zh()).containsExactly("军区", "新词");
        assertThat(merged.term().ru()).startsWith("военный округ").contains("в военном округе")
                .doesNotContain("Военный округ");
        assertThat(merged.term().note()).isEqualTo("glossary");
        assertThat(merged.origin()).isEqualTo(TermOrigin.GLOSSARY);
    }

    @Test
    void badFilesAreRefusedWithAMessageInTheUsersLanguage() throws Exception {
        Messages russian = Messages.of(Language.RUSSIAN);
        assertThatThrownBy(() -> TermFile.TBX.read("<martif><text>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TermFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("terms.file.xmlSyntax");
                    assertThat(russian.get(e.messageKey(), e.arguments())).startsWith("это не правильно построенный XML");
                });
        assertThatThrownBy(() -> TermFile.TBX.read("<html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TermFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("terms.file.notTbx"));
        assertThatThrownBy(() -> TermFile.CSV.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TermFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("terms.file.csvHeader"));
        assertThatThrownBy(() -> TermFile.CSV.read("zh,ru\n\"军区,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TermFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("terms.file.csvQuote");
                    assertThat(e.arguments()).containsExactly(2);
                });
        byte[] cp1251 = "zh,ru\n军区,военный округ\n".getBytes("windows-1251");
        assertThatThrownBy(() -> TermFile.CSV.read(cp1251)).isInstanceOfSatisfying(TermFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("terms.file.notUtf8"));
        Path text = Files.writeString(temp.resolve("terms.txt"), "x");
        TermbaseService terms = new TermbaseService(new InMemoryTerms(), CLOCK);
        assertThatThrownBy(() -> terms.importFile(text)).isInstanceOfSatisfying(TermFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("terms.file.unknownFormat"));
    }
}
