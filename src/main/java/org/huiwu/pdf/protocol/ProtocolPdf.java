// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.pdfa.PdfADocument;

import org.huiwu.domain.audit.AuditAnchor;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.domain.protocol.ProtocolDates;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;

/**
 * Lays out one original of a protocol as PDF/A-2u with iText: fonts embedded as subsets, every glyph mapped to
 * Unicode. The original's side comes first everywhere (the alternat): its state, its language's column or block,
 * its signatory on the left. Every page carries the protocol number, the Art. 4 marking in both languages,
 * "page X of Y", initial boxes for both heads of delegation and a QR code with the number and the SHA-256 of the
 * minutes version. A draft carries a watermark; an original two empty signature fields, ready to be signed.
 */
public final class ProtocolPdf {

    static final String WATERMARK = "DRAFT / 草案 / ПРОЕКТ";
    private static final float BODY = 10.5f;
    private static final float SMALL = 7.5f;
    private static final float MARGIN = 56;
    private static final float TOP = 70;
    private static final float BOTTOM = 92;

    private final Protocol protocol;
    private final Original original;
    private final ProtocolLayout layout;
    private final Messages zh = Messages.of(Language.CHINESE);
    private final Messages ru = Messages.of(Language.RUSSIAN);

    /** The audit trail's head when the PDF was made; null: none (a bench, a test without an archive). */
    private final AuditAnchor anchor;

    private ProtocolPdf(Protocol protocol, Original original, ProtocolLayout layout, AuditAnchor anchor) {
        this.protocol = protocol;
        this.original = original;
        this.layout = layout;
        this.anchor = anchor;
    }

    /** Writes the original to {@code out} (not closed), without an audit anchor. */
    public static void write(Protocol protocol, Original original, ProtocolLayout layout, OutputStream out)
            throws IOException {
        new ProtocolPdf(protocol, original, layout, null).write(out);
    }

    /**
     * Writes the original to {@code out} (not closed) with the archive's audit anchor in its document information
     * ({@link ProtocolAnchor#KEY}), so a trail later cut short or written anew is caught against the PDF.
     */
    public static void write(Protocol protocol, Original original, ProtocolLayout layout, AuditAnchor anchor,
                             OutputStream out) throws IOException {
        new ProtocolPdf(protocol, original, layout, java.util.Objects.requireNonNull(anchor, "anchor")).write(out);
    }

    /** The signature field names, in the original's order: its own side's first. */
    public static List<String> signatureFields(Original original) {
        return original == Original.CN ? List.of("sign-cn", "sign-kg") : List.of("sign-kg", "sign-cn");
    }

    private void write(OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false); // the caller owns the stream
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        try (PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2U, intent)) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(text(RecordLanguage.ZH, protocol.title()) + " / " + text(RecordLanguage.RU, protocol.title()));
            info.setSubject(protocol.number().text());
            info.setKeywords("huiwu-protocol " + protocol.number().text() + " minutes-sha256 "
                    + protocol.minutesSha256());
            info.setCreator("Huiwu");
            if (anchor != null) {
                info.setMoreInfo(ProtocolAnchor.KEY, anchor.text());
            }
            pdf.getCatalog().setLang(new PdfString(original.firstLanguage() == RecordLanguage.ZH ? "zh-CN" : "ru-RU"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(TOP, MARGIN, BOTTOM, MARGIN);
            document.setFontProvider(ProtocolFonts.provider());
            document.setFontFamily(ProtocolFonts.FAMILIES);
            document.setFontSize(BODY);
            document.setSplitCharacters(new LineBreakRules());
            body(document);
            decorate(document, pdf);
            document.close();
        }
    }

    // ---- content --------------------------------------------------------------------------------------------------

    private void body(Document document) {
        RecordLanguage first = original.firstLanguage();
        RecordLanguage second = original.secondLanguage();
        Side own = original.side();
        Side other = own == Side.CHINA ? Side.KYRGYZSTAN : Side.CHINA;
        // The states, own first, then the title and the facts of the meeting.
        for (Side side : List.of(own, other)) {
            pair(document, label(first, stateKey(side)), label(second, stateKey(side)), true, TextAlignment.CENTER);
        }
        document.add(new Paragraph().setMarginTop(6));
        pair(document, label(first, "protocol.pdf.heading"), label(second, "protocol.pdf.heading"), true,
                TextAlignment.CENTER);
        pair(document, text(first, protocol.title()), text(second, protocol.title()), true, TextAlignment.CENTER);
        pair(document, label(first, "protocol.pdf.number", protocol.number().text()),
                label(second, "protocol.pdf.number", protocol.number().text()), false, TextAlignment.CENTER);
        pair(document, label(first, "protocol.pdf.level", messages(first).of(protocol.level())),
                label(second, "protocol.pdf.level", messages(second).of(protocol.level())), false, TextAlignment.LEFT);
        pair(document, label(first, "protocol.pdf.date", headerDate(first)),
                label(second, "protocol.pdf.date", headerDate(second)), false, TextAlignment.LEFT);
        pair(document, label(first, "protocol.pdf.place", text(first, protocol.place())),
                label(second, "protocol.pdf.place", text(second, protocol.place())), false, TextAlignment.LEFT);

        heading(document, "protocol.pdf.delegations");
        for (Side side : List.of(own, other)) {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {label(first, forKey(side)), label(second, forKey(side))});
            for (Protocol.Participant participant : protocol.of(side)) {
                lines.add(new String[] {person(first, participant), person(second, participant)});
            }
            section(document, lines);
        }

        heading(document, "protocol.pdf.agenda");
        section(document, numbered(protocol.agenda()));

        longSection(document, "protocol.pdf.minutes", numbered(protocol.clauses()));

        if (!protocol.decisions().isEmpty()) {
            List<String[]> lines = new ArrayList<>();
            int n = 1;
            for (Protocol.DecisionLine decision : protocol.decisions()) {
                lines.add(new String[] {decisionText(first, n, decision), decisionText(second, n, decision)});
                n++;
            }
            longSection(document, "protocol.pdf.decisions", lines);
        }

        String zhPlace = protocol.place().zh();
        String ruPlace = protocol.place().ru();
        String zhClosing = zh.get("protocol.pdf.closing", ProtocolDates.chineseTreaty(protocol.date()), zhPlace);
        String ruClosing = ru.get("protocol.pdf.closing", ProtocolDates.russianTreaty(protocol.date()), ruPlace);
        // The closing formula never stands on a page without the signatures it introduces.
        Div closing = new Div().setKeepTogether(true).setMarginTop(10);
        closing.add(pairTable(first == RecordLanguage.ZH ? zhClosing : ruClosing,
                first == RecordLanguage.ZH ? ruClosing : zhClosing, false, TextAlignment.LEFT));
        closing.add(signatures(first, second, own, other));
        document.add(closing);
    }

    /**
     * The minutes or the decisions: parallel under a two-language heading; sequential as a block per language, each
     * under its own heading, the original's language first.
     */
    private void longSection(Document document, String headingKey, List<String[]> entries) {
        if (layout == ProtocolLayout.PARALLEL) {
            heading(document, headingKey);
            section(document, entries);
            return;
        }
        RecordLanguage[] languages = {original.firstLanguage(), original.secondLanguage()};
        for (int column = 0; column < 2; column++) {
            document.add(new Paragraph(label(languages[column], headingKey)).simulateBold().setMarginTop(10)
                    .setKeepWithNext(true));
            for (String[] entry : entries) {
                document.add(new Paragraph(entry[column]).setMarginBottom(4)
                        .setTextAlignment(TextAlignment.JUSTIFIED)
                        .setOrphansControl(new ParagraphOrphansControl(2))
                        .setWidowsControl(new ParagraphWidowsControl(2, 1, false)));
            }
        }
    }

    private void heading(Document document, String key) {
        RecordLanguage first = original.firstLanguage();
        pair(document, label(first, key), label(first.other(), key), true, TextAlignment.LEFT)
                .setMarginTop(10);
    }

    /** Two texts side by side (parallel) or one above the other (sequential): headings and short facts. */
    private Table pair(Document document, String firstText, String secondText, boolean bold, TextAlignment align) {
        Table table = pairTable(firstText, secondText, bold, align);
        document.add(table);
        return table;
    }

    private Table pairTable(String firstText, String secondText, boolean bold, TextAlignment align) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth();
        table.setBorder(Border.NO_BORDER);
        table.addCell(cell(firstText, bold, align));
        table.addCell(cell(secondText, bold, align));
        return table;
    }

    /**
     * Entries side by side, one row per entry so both columns start it on the same line and may continue across a
     * page break together.
     */
    private void section(Document document, List<String[]> entries) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth();
        table.setBorder(Border.NO_BORDER);
        for (String[] entry : entries) {
            table.addCell(cell(entry[0], false, TextAlignment.LEFT).setPaddingBottom(4));
            table.addCell(cell(entry[1], false, TextAlignment.LEFT).setPaddingBottom(4));
        }
        document.add(table);
    }

    private Cell cell(String text, boolean bold, TextAlignment align) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text).setTextAlignment(align).setMultipliedLeading(1.3f)
                .setOrphansControl(new ParagraphOrphansControl(2))
                .setWidowsControl(new ParagraphWidowsControl(2, 1, false));
        if (bold) {
            paragraph.simulateBold();
        }
        return new Cell().add(paragraph).setBorder(Border.NO_BORDER).setPaddingLeft(0).setPaddingRight(10);
    }

    private List<String[]> numbered(List<Bilingual> texts) {
        List<String[]> lines = new ArrayList<>();
        int n = 1;
        for (Bilingual text : texts) {
            lines.add(new String[] {n + ". " + text(original.firstLanguage(), text),
                n + ". " + text(original.secondLanguage(), text)});
            n++;
        }
        return lines;
    }

    private String decisionText(RecordLanguage language, int n, Protocol.DecisionLine decision) {
        Messages messages = messages(language);
        StringBuilder line = new StringBuilder().append(n).append(". ").append(text(language, decision.text()));
        line.append('\n').append(messages.get("protocol.pdf.responsible", messages.of(decision.responsible())));
        if (decision.due() != null) {
            line.append(" · ").append(messages.get("protocol.pdf.due", language == RecordLanguage.ZH
                    ? ProtocolDates.chineseHeader(decision.due()) : ProtocolDates.russianHeader(decision.due())));
        }
        return line.toString();
    }

    /** The signatories' blocks, own side left, each with an empty signature field below the name. */
    private Table signatures(RecordLanguage first, RecordLanguage second, Side own, Side other) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth()
                .setMarginTop(24);
        table.setKeepTogether(true);
        for (Side side : List.of(own, other)) {
            StringBuilder block = new StringBuilder(label(first, forKey(side))).append('\n')
                    .append(label(second, forKey(side)));
            protocol.signatory(side).ifPresent(person -> block.append('\n').append(person.name().zh())
                    .append('\n').append(person.name().ru()));
            Cell cell = new Cell().add(new Paragraph(block.toString()).setMultipliedLeading(1.3f))
                    .setBorder(Border.NO_BORDER).setHeight(182).setPaddingRight(14);
            String field = side == Side.CHINA ? "sign-cn" : "sign-kg";
            cell.setNextRenderer(new SignatureCell(cell, field, protocol.draft()));
            table.addCell(cell);
        }
        return table;
    }

    /** Draws the cell, then puts an empty signature field over its lower part. */
    private static final class SignatureCell extends CellRenderer {

        private final String field;
        private final boolean draft;

        SignatureCell(Cell cell, String field, boolean draft) {
            super(cell);
            this.field = field;
            this.draft = draft;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new SignatureCell((Cell) getModelElement(), field, draft);
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            Rectangle area = getOccupiedAreaBBox();
            Rectangle box = new Rectangle(area.getLeft(), area.getBottom() + 4, area.getWidth() - 14, 86);
            PdfCanvas canvas = context.getCanvas();
            canvas.saveState().setStrokeColor(new DeviceGray(0.6f)).setLineWidth(0.5f)
                    .moveTo(box.getLeft(), box.getBottom()).lineTo(box.getRight(), box.getBottom()).stroke()
                    .restoreState();
            if (draft) {
                return; // a draft is not for signing
            }
            PdfSignatureFormField signature = new SignatureFormFieldBuilder(context.getDocument(), field)
                    .setWidgetRectangle(box).setPage(context.getDocument().getPageNumber(
                            context.getDocument().getLastPage()))
                    .createSignature();
            signature.getWidgets().get(0).setFlags(PdfAnnotation.PRINT);
            // PDF/A wants an appearance for every annotation: an empty one until the field is signed.
            PdfFormXObject blank = new PdfFormXObject(new Rectangle(box.getWidth(), box.getHeight()));
            signature.getWidgets().get(0).setNormalAppearance(blank.getPdfObject());
            PdfAcroForm form = PdfFormCreator.getAcroForm(context.getDocument(), true);
            form.addField(signature, context.getDocument().getLastPage());
        }
    }

    // ---- every page -----------------------------------------------------------------------------------------------

    private void decorate(Document document, PdfADocument pdf) {
        int pages = pdf.getNumberOfPages();
        RecordLanguage first = original.firstLanguage();
        RecordLanguage second = original.secondLanguage();
        String code = ProtocolCode.of(protocol.number(), protocol.minutesSha256()).text();
        PdfFormXObject qr = new BarcodeQRCode(code).createFormXObject(ColorConstants.BLACK, pdf);
        PageSize size = PageSize.A4;
        for (int page = 1; page <= pages; page++) {
            float top = size.getTop() - 24;
            document.showTextAligned(new Paragraph(label(first, "protocol.pdf.number", protocol.number().text())
                    + "  ·  " + label(second, "protocol.pdf.number", protocol.number().text())).setFontSize(SMALL),
                    MARGIN, top, page, TextAlignment.LEFT, VerticalAlignment.TOP, 0);
            // The Art. 4 marking, the original's language first, as one block under the top edge.
            document.showTextAligned(new Paragraph(label(first, "protocol.pdf.marking") + "\n"
                            + label(second, "protocol.pdf.marking")).setFontSize(SMALL).setMultipliedLeading(1.15f)
                            .setWidth(size.getWidth() / 2 - MARGIN).setTextAlignment(TextAlignment.RIGHT),
                    size.getRight() - MARGIN, top, page, TextAlignment.RIGHT, VerticalAlignment.TOP, 0);
            if (protocol.art4Marked()) {
                // Material with information given under Art. 4 says so on every page, under the number.
                document.showTextAligned(new Paragraph(label(first, "art4.pdf.marking") + "\n"
                                + label(second, "art4.pdf.marking")).setFontSize(SMALL).setMultipliedLeading(1.15f)
                                .setWidth(size.getWidth() / 2 - MARGIN).setTextAlignment(TextAlignment.LEFT),
                        MARGIN, top - 11, page, TextAlignment.LEFT, VerticalAlignment.TOP, 0);
            }
            String pageText = label(first, "protocol.pdf.page", page, pages) + " / "
                    + label(second, "protocol.pdf.page", page, pages);
            document.showTextAligned(new Paragraph(pageText).setFontSize(SMALL), size.getWidth() / 2, 30, page,
                    TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            initials(document, pdf, page, first, second);
            Image code128 = new Image(qr).scaleToFit(52, 52).setFixedPosition(page, size.getRight() - MARGIN - 52, 24);
            document.add(code128);
            if (protocol.draft()) {
                document.showTextAligned(new Paragraph(WATERMARK).setFontSize(54)
                                .setFontColor(new DeviceGray(0.75f)).setOpacity(0.35f),
                        size.getWidth() / 2, size.getHeight() / 2, page, TextAlignment.CENTER,
                        VerticalAlignment.MIDDLE, (float) Math.toRadians(45));
            }
        }
    }

    /** Two boxes at the foot of each page where the heads of delegation initial it, own side first. */
    private void initials(Document document, PdfADocument pdf, int page, RecordLanguage first, RecordLanguage second) {
        PdfCanvas canvas = new PdfCanvas(pdf.getPage(page));
        float x = MARGIN;
        for (Side side : List.of(original.side(), original.side() == Side.CHINA ? Side.KYRGYZSTAN : Side.CHINA)) {
            canvas.saveState().setStrokeColor(new DeviceGray(0.5f)).setLineWidth(0.5f).rectangle(x, 24, 70, 30)
                    .stroke().restoreState();
            document.showTextAligned(new Paragraph(label(first, "protocol.pdf.initials") + " / "
                            + label(second, "protocol.pdf.initials") + " " + side.code()).setFontSize(6),
                    x + 2, 56, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
            x += 84;
        }
    }

    // ---- texts ----------------------------------------------------------------------------------------------------

    private Messages messages(RecordLanguage language) {
        return language == RecordLanguage.ZH ? zh : ru;
    }

    private String label(RecordLanguage language, String key, Object... arguments) {
        return messages(language).get(key, arguments);
    }

    private static String text(RecordLanguage language, Bilingual text) {
        return language == RecordLanguage.ZH ? text.zh() : text.ru();
    }

    private String headerDate(RecordLanguage language) {
        return language == RecordLanguage.ZH ? ProtocolDates.chineseHeader(protocol.date())
                : ProtocolDates.russianHeader(protocol.date());
    }

    private String person(RecordLanguage language, Protocol.Participant participant) {
        String post = text(language, participant.post());
        boolean chinese = language == RecordLanguage.ZH;
        return text(language, participant.name()) + (post.isBlank() ? "" : (chinese ? "，" : ", ") + post)
                + (chinese ? "（" : " (") + messages(language).of(participant.role()) + (chinese ? "）" : ")");
    }

    private static String stateKey(Side side) {
        return side == Side.CHINA ? "protocol.pdf.state.cn" : "protocol.pdf.state.kg";
    }

    private static String forKey(Side side) {
        return side == Side.CHINA ? "protocol.pdf.for.cn" : "protocol.pdf.for.kg";
    }
}
