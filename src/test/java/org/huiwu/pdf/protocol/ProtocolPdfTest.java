// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.domain.protocol.ProtocolNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol PDF read back with PDFBox: order per original, pages, fonts, signature fields, draft watermark. */
public class ProtocolPdfTest {

    private static final int CLAUSES = 40;

    public static Protocol protocol(boolean draft) {
        List<Bilingual> clauses = new ArrayList<>();
        for (int i = 1; i <= CLAUSES; i++) {
            clauses.add(Bilingual.of("第" + i + "条：双方边界代表交换了边境地区形势的信息，确认共移交" + i
                            + "名非法越界人员，并同意在下次会谈前继续保持联络。",
                    "Пункт " + i + ": пограничные представители обменялись информацией об обстановке в "
                            + "приграничном районе, подтвердили передачу " + i + " нарушителей границы и "
                            + "договорились поддерживать связь до следующих переговоров."));
        }
        Protocol.Participant wang = new Protocol.Participant(Side.CHINA, Bilingual.of("王建国", "Ван Цзяньго"),
                Bilingual.of("中方边界代表", "пограничный представитель"), DelegationRole.REPRESENTATIVE);
        Protocol.Participant omurbekov = new Protocol.Participant(Side.KYRGYZSTAN,
                Bilingual.of("厄穆尔别科夫·努尔苏丹", "Өмүрбеков Нурсултан Ңазарович"),
                Bilingual.of("吉方边界代表", "пограничный представитель"), DelegationRole.REPRESENTATIVE);
        return new Protocol(new ProtocolNumber(2026, MeetingLevel.TALKS, 7),
                Bilingual.of("2026年第一季度边界代表会谈", "Переговоры пограничных представителей, I квартал 2026 года"),
                MeetingLevel.TALKS, LocalDate.of(2026, 3, 5), Bilingual.of("吐尔尕特会晤站", "Пункт встреч «Торугарт»"),
                Side.CHINA, List.of(wang, omurbekov), List.of(Bilingual.of("通报边境形势", "Обмен информацией")),
                clauses, List.of(new Protocol.DecisionLine(Bilingual.of("交换名单", "Обменяться списками"),
                        Responsibility.BOTH, LocalDate.of(2026, 6, 1))),
                draft, 1, "ab".repeat(32), List.of(wang, omurbekov));
    }

    private static PDDocument pdf(Protocol protocol, Original original, ProtocolLayout layout) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(protocol, original, layout, bytes);
        return Loader.loadPDF(bytes.toByteArray());
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    @Test
    void theChineseOriginalPutsChinaAndChineseFirstAndTheKyrgyzOriginalTheMirror() throws IOException {
        try (PDDocument cn = pdf(protocol(false), Original.CN, ProtocolLayout.PARALLEL);
             PDDocument kg = pdf(protocol(false), Original.KG, ProtocolLayout.PARALLEL)) {
            String cnText = text(cn);
            String kgText = text(kg);
            assertThat(cnText.indexOf("中华人民共和国国防部")).isLessThan(cnText.indexOf("吉尔吉斯共和国边防总局"));
            assertThat(kgText.indexOf("Пограничная служба Кыргызской")).isLessThan(
                    kgText.indexOf("Министерство обороны Китайской"));
            // Parallel: each clause starts on the same line, the original's language on the left.
            assertThat(cnText).containsPattern("第12条：.*Пункт 12:");
            assertThat(kgText).containsPattern("Пункт 12:.*第12条：");
            // The closing formula and the names, in content order (the columns' lines interleave when sorted).
            String inOrder = new PDFTextStripper().getText(cn).replaceAll("\\s+", " ");
            assertThat(inOrder.replace(" ", "")).contains("本纪要于二〇二六年三月五日在吐尔尕特会晤站签订，一式两份");
            assertThat(inOrder).contains("Совершено «5 марта 2026 года», место подписания: Пункт встреч «Торугарт», в двух экземплярах")
                    .contains("Өмүрбеков Нурсултан Ңазарович");
            assertThat(cn.getNumberOfPages()).isGreaterThan(2).isEqualTo(kg.getNumberOfPages());
        }
    }

    @Test
    void everyPageHasTheNumberTheMarkingAndPageXOfYWithEveryFontEmbedded() throws IOException {
        try (PDDocument cn = pdf(protocol(false), Original.CN, ProtocolLayout.PARALLEL)) {
            int pages = cn.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(cn);
                assertThat(text).contains("编号：2026-T-007").contains("№ 2026-T-007")
                        .contains("未经提供方书面同意")
                        .contains("Без письменного согласия предоставившей Стороны")
                        .contains("第 " + page + " 页 共 " + pages + " 页").contains("стр. " + page + " из " + pages)
                        .doesNotContain(ProtocolPdf.WATERMARK);
            }
            for (PDPage page : cn.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(cn.getDocumentInformation().getKeywords()).contains("2026-T-007").contains("ab".repeat(32));
        }
    }

    @Test
    void aProtocolWithArt4InformationCarriesTheMarkingOnEveryPageInBothLanguagesAndOneWithoutDoesNot()
            throws IOException {
        for (Original original : Original.values()) {
            try (PDDocument marked = pdf(protocol(false).withArt4Marking(true), original, ProtocolLayout.PARALLEL);
                 PDDocument plain = pdf(protocol(false), original, ProtocolLayout.PARALLEL)) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= marked.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(marked).replaceAll("\\s+", " ")).as("page " + page)
                            .contains("含依据协定第四条提供的信息")
                            .contains("Содержит сведения, предоставленные в соответствии со статьёй 4 Соглашения");
                }
                assertThat(new PDFTextStripper().getText(plain)).doesNotContain("含依据协定第四条提供的信息")
                        .doesNotContain("статьёй 4 Соглашения");
            }
        }
    }

    @Test
    void anOriginalHasTwoEmptySignatureFieldsInAlternatOrderAndADraftNoneButAWatermark() throws IOException {
        try (PDDocument cn = pdf(protocol(false), Original.CN, ProtocolLayout.PARALLEL);
             PDDocument kg = pdf(protocol(false), Original.KG, ProtocolLayout.SEQUENTIAL);
             PDDocument draft = pdf(protocol(true), Original.CN, ProtocolLayout.PARALLEL)) {
            assertThat(signatureLefts(cn)).containsOnlyKeys("sign-cn", "sign-kg");
            assertThat(signatureLefts(cn).get("sign-cn")).isLessThan(signatureLefts(cn).get("sign-kg"));
            assertThat(signatureLefts(kg).get("sign-kg")).isLessThan(signatureLefts(kg).get("sign-cn"));
            for (PDField field : cn.getDocumentCatalog().getAcroForm().getFields()) {
                assertThat(((PDSignatureField) field).getSignature()).as("empty: " + field.getFullyQualifiedName())
                        .isNull();
            }
            PDAcroForm form = draft.getDocumentCatalog().getAcroForm();
            assertThat(form == null || form.getFields().isEmpty()).as("a draft is not for signing").isTrue();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= draft.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // Rotated 45°: read in content order, without the line breaks the rotation puts between glyphs.
                assertThat(stripper.getText(draft).replaceAll("\\s", "")).contains("DRAFT/草案/ПРОЕКТ");
            }
        }
    }

    @Test
    void theSequentialLayoutGivesTheWholeTextInOneLanguageBeforeTheOther() throws IOException {
        try (PDDocument kg = pdf(protocol(false), Original.KG, ProtocolLayout.SEQUENTIAL)) {
            String text = text(kg).replace("\n", "");
            assertThat(text.indexOf("Пункт " + CLAUSES + ":")).isLessThan(text.indexOf("第1条："));
            assertThat(text.indexOf("Пункт 1:")).isLessThan(text.indexOf("Пункт " + CLAUSES + ":"));
        }
    }

    @Test
    void chineseLinesNeverStartWithAClosingMarkAndTheClosingFormulaStaysWithTheSignatures() throws IOException {
        for (ProtocolLayout layout : ProtocolLayout.values()) {
            // Clauses with commas at every position a line could end on.
            try (PDDocument cn = pdf(ProtocolBench.protocol(30), Original.CN, layout)) {
                String text = text(cn);
                assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty())
                        .filter(line -> "，。、；：！？）》".indexOf(line.charAt(0)) >= 0).toList())
                        .as(layout + ": lines starting with a closing mark").isEmpty();
                PDPage signed = cn.getDocumentCatalog().getAcroForm().getFields().get(0).getWidgets().get(0)
                        .getPage();
                PDFTextStripper stripper = new PDFTextStripper();
                int index = cn.getPages().indexOf(signed) + 1;
                stripper.setStartPage(index);
                stripper.setEndPage(index);
                assertThat(stripper.getText(cn).replaceAll("\\s", "")).as(layout.toString()).contains("一式两份");
            }
        }
    }

    private static java.util.Map<String, Float> signatureLefts(PDDocument document) {
        java.util.Map<String, Float> lefts = new java.util.HashMap<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        for (PDField field : form.getFields()) {
            lefts.put(field.getFullyQualifiedName(), field.getWidgets().get(0).getRectangle().getLowerLeftX());
        }
        return lefts;
    }
}
