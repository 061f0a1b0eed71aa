// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.print.attribute.PrintRequestAttributeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.protocol.ProtocolPages;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.pdf.protocol.ProtocolPrinting;
import org.huiwu.service.export.WholeFiles;
import org.huiwu.service.protocol.ProtocolService;
import org.huiwu.service.protocol.ProtocolTrace;

/**
 * The protocol tab: the meeting's protocol as the PDF it is, page by page, in either original and layout; saving
 * and printing it; and finding the record a paper copy's code leads to. Writing, rendering and printing run in the
 * background; a newer request makes an older result be dropped.
 */
public final class ProtocolViewModel {

    /** What Print sends: one set of both originals (the default: one for each side) or the original shown. */
    public enum PrintChoice { BOTH_ORIGINALS, SHOWN_ORIGINAL }

    /** Where and how to print: the system's print dialog in the app; a chosen print service in tests. */
    public interface PrintDialog {
        /** False when there is no printer at all, so the user is told instead of shown an empty dialog. */
        boolean available();

        /** Shows the dialog for {@code job}, which it may point at another printer; false when the user cancels. */
        boolean ask(PrinterJob job, PrintRequestAttributeSet attributes);
    }

    /** Screen pixels per inch at 100 %: PDF points are 1/72 inch, JavaFX pixels 1/96. */
    static final double SCREEN_DPI = 96;
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;

    private final ProtocolService protocols;
    private final Messages messages;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final PrintDialog printDialog;

    private final ObjectProperty<Original> original;
    private final ObjectProperty<ProtocolLayout> layout = new SimpleObjectProperty<>(ProtocolLayout.PARALLEL);
    private final ObjectProperty<PrintChoice> printChoice = new SimpleObjectProperty<>(PrintChoice.BOTH_ORIGINALS);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty activity = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    /** True while the shown protocol is an original of final minutes: it has signature fields. */
    private final BooleanProperty signable = new SimpleBooleanProperty();
    private final StringProperty traceText = new SimpleStringProperty("");
    private final ObjectProperty<Long> tracedMeeting = new SimpleObjectProperty<>();
    private Consumer<Problem> problems = problem -> { };

    private Long meetingId;
    /** What is shown, as written: the protocol, its bytes and pages, and the original and layout they are. */
    private Protocol protocol;
    private byte[] pdf;
    private ProtocolPages shown;
    private Original shownOriginal;
    private ProtocolLayout shownLayout;
    /** Raised by every request that makes earlier results useless; a result carrying an older ticket is dropped. */
    private int documentTicket;
    private final AtomicInteger renderTicket = new AtomicInteger();
    private int traceTicket;
    private ProtocolPrinting printing;
    /** A new document was asked for while printing; it is written when the job ends. */
    private boolean writeWhenPrinted;
    /** Set while the choosers are put back to what is shown, so that does not write again. */
    private boolean restoring;

    public ProtocolViewModel(ProtocolService protocols, Side homeSide, Messages messages, Executor background,
                             Consumer<Runnable> ui, PrintDialog printDialog) {
        this.protocols = protocols;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.printDialog = printDialog;
        this.original = new SimpleObjectProperty<>(homeSide == Side.CHINA ? Original.CN : Original.KG);
        original.addListener((obs, old, now) -> {
            if (!restoring) {
                write();
            }
        });
        layout.addListener((obs, old, now) -> {
            if (!restoring) {
                write();
            }
        });
        page.addListener((obs, old, now) -> render());
        zoom.addListener((obs, old, now) -> render());
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** Shows the protocol of this meeting as its newest minutes stand, from the first page. */
    public void show(long meetingId) {
        this.meetingId = meetingId;
        page.set(0);
        write();
    }

    // ---- the document -------------------------------------------------------------------------------------------

    private void write() {
        if (meetingId == null) {
            return;
        }
        if (printing != null) {
            writeWhenPrinted = true;
            return;
        }
        int ticket = ++documentTicket;
        long id = meetingId;
        Original chosenOriginal = original.get();
        ProtocolLayout chosenLayout = layout.get();
        start(messages.get("protocol.preparing"), true);
        background.execute(() -> {
            try {
                Protocol made = protocols.protocol(id);
                byte[] bytes = bytes(made, chosenOriginal, chosenLayout);
                ProtocolPages pagesOf = ProtocolPages.of(bytes);
                ui.accept(() -> {
                    if (ticket != documentTicket) {
                        closeLater(pagesOf);
                        return;
                    }
                    closeLater(shown);
                    protocol = made;
                    pdf = bytes;
                    shown = pagesOf;
                    shownOriginal = chosenOriginal;
                    shownLayout = chosenLayout;
                    signable.set(!made.draft());
                    pages.set(pagesOf.count());
                    summary.set(messages.get(made.draft() ? "protocol.summary.draft" : "protocol.summary.final",
                            made.number().text(), made.version(), pagesOf.count()));
                    finish("");
                    if (page.get() >= pagesOf.count()) {
                        page.set(pagesOf.count() - 1);
                    } else {
                        render();
                    }
                });
            } catch (IOException | RuntimeException | Error e) {
                // Error too: a font that cannot load must not leave the tab busy for ever.
                ui.accept(() -> {
                    if (ticket == documentTicket) {
                        finish("");
                        restoreChoosers();
                        problems.accept(new Problem(messages.get("protocol.failed.headline"),
                                messages.get("protocol.failed", String.valueOf(e.getMessage()))));
                    }
                });
            }
        });
    }

    /** The PDF as exported, printed and signed: with the audit trail's head of this moment (ADR 0007). */
    private byte[] bytes(Protocol protocol, Original original, ProtocolLayout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProtocolPdf.write(protocol, original, layout, protocols.auditAnchor(), out);
        return out.toByteArray();
    }

    private void render() {
        ProtocolPages document = shown;
        if (document == null) {
            return;
        }
        int ticket = renderTicket.incrementAndGet();
        int index = page.get();
        float dpi = (float) (SCREEN_DPI * zoom.get());
        background.execute(() -> {
            if (ticket != renderTicket.get()) {
                return; // the user paged or zoomed on before this page was drawn
            }
            try {
                BufferedImage rendered = document.render(index, dpi);
                ui.accept(() -> {
                    if (ticket == renderTicket.get()) {
                        image.set(rendered);
                    }
                });
            } catch (IOException | RuntimeException e) {
                // The document was replaced and closed while this page was drawn; its successor draws its own.
            }
        });
    }

    /** Puts the choosers back to the original and layout shown, after a write was cancelled or failed. */
    private void restoreChoosers() {
        if (shownOriginal == null) {
            return;
        }
        restoring = true;
        try {
            original.set(shownOriginal);
            layout.set(shownLayout);
        } finally {
            restoring = false;
        }
    }

    // ---- paging and zoom ----------------------------------------------------------------------------------------

    public void nextPage() {
        if (page.get() + 1 < pages.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    public void firstPage() {
        page.set(0);
    }

    public void lastPage() {
        page.set(Math.max(0, pages.get() - 1));
    }

    public void zoomIn() {
        zoomTo(zoom.get() * 1.25);
    }

    public void zoomOut() {
        zoomTo(zoom.get() / 1.25);
    }

    public void actualSize() {
        zoomTo(1);
    }

    /** The zoom at which a page fills {@code width} pixels (A4 is 210 mm wide). */
    public void fitWidth(double width) {
        zoomTo(width / (210 / 25.4 * SCREEN_DPI));
    }

    public void zoomTo(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor)));
    }

    // ---- save and print -----------------------------------------------------------------------------------------

    /** The file name Save as suggests: the protocol number and whose original, marked when a draft. */
    public String suggestedFileName() {
        if (protocol == null) {
            return "huiwu-protocol.pdf";
        }
        return protocol.number().text() + "-" + shownOriginal.code() + (protocol.draft() ? "-draft" : "") + ".pdf";
    }

    /**
     * Writes the shown original, exactly as previewed, to {@code file}, whole or not at all, if it may go to the
     * recipient (Art. 4); a refusal is shown with its reason and nothing is written.
     */
    public void saveTo(Path file, org.huiwu.domain.confidentiality.Recipient recipient) {
        byte[] bytes = pdf;
        if (bytes == null || busy.get()) {
            return;
        }
        if (!mayRelease(recipient, org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT,
                "protocol.save.failed.headline")) {
            return;
        }
        start(messages.get("protocol.saving"), false);
        background.execute(() -> {
            try {
                WholeFiles.write(file, bytes);
                ui.accept(() -> finish(messages.get("protocol.saved", file.toAbsolutePath().toString())));
            } catch (IOException | RuntimeException | Error e) {
                ui.accept(() -> {
                    finish("");
                    problems.accept(new Problem(messages.get("protocol.save.failed.headline"),
                            messages.get("protocol.save.failed", file.toAbsolutePath().toString())));
                });
            }
        });
    }

    /** Whether the shown original, once signed into a file, may go to the recipient (refusals shown, audited). */
    public boolean mayLeaveSigned(org.huiwu.domain.confidentiality.Recipient recipient) {
        return mayRelease(recipient, org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT,
                "signing.failed.headline");
    }

    /**
     * Whether the user's role may export and print, and the protocol may go to the recipient under Art. 4; if not,
     * the refusal is shown with its reason and nothing is written. Asked of the service, which audits the answer.
     */
    private boolean mayRelease(org.huiwu.domain.confidentiality.Recipient recipient,
                               org.huiwu.service.confidentiality.ConfidentialityService.Way way, String headlineKey) {
        try {
            protocols.release(meetingId, recipient, way);
            return true;
        } catch (org.huiwu.domain.access.AccessDeniedException denied) {
            problems.accept(Problem.of(messages.get(headlineKey), denied, messages, ""));
            return false;
        } catch (org.huiwu.domain.confidentiality.ReleaseRefusedException refused) {
            problems.accept(new Problem(messages.get("art4.refused.headline"),
                    org.huiwu.i18n.Art4Texts.refused(messages, refused)));
            return false;
        }
    }

    /**
     * Prints what {@link #printChoiceProperty()} says after the print dialog: A4, actual size, one collated copy of
     * the set unless the user asks for more. Shows progress page by page; {@link #cancel()} stops it.
     */
    public void print(org.huiwu.domain.confidentiality.Recipient recipient) {
        Protocol current = protocol;
        if (current == null || busy.get()) {
            return;
        }
        if (!mayRelease(recipient, org.huiwu.service.confidentiality.ConfidentialityService.Way.PRINT,
                "protocol.print.failed.headline")) {
            return;
        }
        ProtocolPrinting job = new ProtocolPrinting();
        printing = job;
        PrintChoice choice = printChoice.get();
        Original printedOriginal = shownOriginal;
        ProtocolLayout printedLayout = shownLayout;
        byte[] shownBytes = pdf;
        start(messages.get("protocol.print.asking"), true);
        background.execute(() -> {
            try {
                // Looking for printers can take seconds with network printers: not on the FX thread.
                if (!printDialog.available()) {
                    ui.accept(() -> {
                        endPrinting("");
                        problems.accept(new Problem(messages.get("protocol.print.noPrinter.headline"),
                                messages.get("protocol.print.noPrinter")));
                    });
                    return;
                }
                List<byte[]> documents = new ArrayList<>();
                if (choice == PrintChoice.SHOWN_ORIGINAL) {
                    documents.add(shownBytes);
                } else {
                    // The shown original first, then the other side's: the two a signing needs.
                    documents.add(shownBytes);
                    documents.add(bytes(current, printedOriginal == Original.CN ? Original.KG : Original.CN,
                            printedLayout));
                }
                int total = ProtocolPrinting.pages(documents);
                PrinterJob printer = PrinterJob.getPrinterJob();
                PrintRequestAttributeSet attributes = ProtocolPrinting.defaults(1, current.number().text());
                if (!printDialog.ask(printer, attributes)) {
                    ui.accept(() -> endPrinting(messages.get("protocol.print.cancelled")));
                    return;
                }
                boolean done = job.print(printer, attributes, documents, sent -> ui.accept(() -> {
                    progress.set((double) sent / total);
                    activity.set(messages.get("protocol.print.progress", sent, total));
                }));
                ui.accept(() -> endPrinting(messages.get(done ? "protocol.print.done" : "protocol.print.cancelled",
                        total)));
            } catch (Exception | Error e) {
                ui.accept(() -> {
                    endPrinting("");
                    problems.accept(new Problem(messages.get("protocol.print.failed.headline"),
                            messages.get("protocol.print.failed", String.valueOf(e.getMessage()))));
                });
            }
        });
    }

    private void endPrinting(String outcome) {
        printing = null;
        finish(outcome);
        if (writeWhenPrinted) {
            writeWhenPrinted = false;
            write();
        }
    }

    /** Stops printing at the next page, or drops the protocol being written (the last one shown stays). */
    public void cancel() {
        if (printing != null) {
            printing.cancel();
            activity.set(messages.get("protocol.print.cancelling"));
        } else if (busy.get()) {
            documentTicket++;
            finish("");
            restoreChoosers();
        }
    }

    // ---- the code of a paper copy -------------------------------------------------------------------------------

    /** Finds the record a paper copy's code (typed, or typed by a scanner) leads to and says if it still matches. */
    public void trace(String typed) {
        tracedMeeting.set(null);
        int ticket = ++traceTicket;
        var code = ProtocolCode.parse(typed);
        if (code.isEmpty()) {
            traceText.set(messages.get("protocol.trace.notACode"));
            return;
        }
        traceText.set(messages.get("protocol.trace.searching"));
        background.execute(() -> {
            try {
                ProtocolTrace found = protocols.trace(code.get());
                ui.accept(() -> {
                    if (ticket == traceTicket) {
                        showTrace(found);
                    }
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    if (ticket == traceTicket) {
                        traceText.set(messages.get("protocol.trace.failed"));
                    }
                });
            }
        });
    }

    private void showTrace(ProtocolTrace found) {
        String title = found.title().joined();
        String text = switch (found.verdict()) {
            case CURRENT -> messages.get("protocol.trace.current", found.code().number(), title, found.madeFrom());
            case SUPERSEDED -> messages.get("protocol.trace.superseded", found.code().number(), title,
                    found.madeFrom(), found.newest());
            case CHANGED -> messages.get("protocol.trace.changed", found.code().number(), title);
            case UNKNOWN -> messages.get("protocol.trace.unknown", found.code().number());
        };
        if (found.numberDiffers()) {
            text += " " + messages.get("protocol.trace.renumbered", found.numberNow());
        }
        traceText.set(text);
        tracedMeeting.set(found.verdict() == ProtocolTrace.Verdict.UNKNOWN ? null : found.meetingId());
    }

    // ---- state --------------------------------------------------------------------------------------------------

    private void start(String what, boolean canCancel) {
        busy.set(true);
        cancellable.set(canCancel);
        progress.set(-1);
        activity.set(what);
    }

    private void finish(String outcome) {
        busy.set(false);
        cancellable.set(false);
        progress.set(0);
        activity.set(outcome);
    }

    /** Closes a replaced document off the FX thread: it waits for a page being drawn from it. */
    private void closeLater(ProtocolPages document) {
        if (document != null) {
            background.execute(() -> {
                try {
                    document.close();
                } catch (IOException ignored) {
                    // a preview's copy in memory; nothing to lose
                }
            });
        }
    }

    public ObjectProperty<Original> originalProperty() {
        return original;
    }

    public ObjectProperty<ProtocolLayout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<PrintChoice> printChoiceProperty() {
        return printChoice;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity;
    }

    public ReadOnlyBooleanProperty signableProperty() {
        return signable;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty traceTextProperty() {
        return traceText;
    }

    public ReadOnlyObjectProperty<Long> tracedMeetingProperty() {
        return tracedMeeting;
    }

    /** The bytes of the shown original, as Save as writes them; null before the first is written. */
    public byte[] shownPdf() {
        return pdf;
    }
}
