// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.app.AppContext;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.protocol.ProtocolService;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol tab's view model on the sample archive, without a toolkit: work runs on the calling thread. */
class ProtocolViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<Problem> problems = new ArrayList<>();
    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private final List<PrintRequestAttributeSet> asked = new ArrayList<>();
    private boolean printerPresent = true;
    private boolean userConfirms = true;

    @TempDir
    Path home;
    private ArchiveSession session;
    private ProtocolViewModel viewModel;

    /** Java's PostScript stream service stands in for the printer the system dialog would pick. */
    private final ProtocolViewModel.PrintDialog dialog = new ProtocolViewModel.PrintDialog() {
        @Override
        public boolean available() {
            return printerPresent;
        }

        @Override
        public boolean ask(PrinterJob job, PrintRequestAttributeSet attributes) {
            asked.add(attributes);
            try {
                job.setPrintService(StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                        DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0]
                        .getPrintService(postScript));
            } catch (java.awt.print.PrinterException e) {
                throw new AssertionError(e);
            }
            return userConfirms;
        }
    };

    @BeforeEach
    void openSample() {
        AppContext context = UiTestArchive.context(home);
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        viewModel = new ProtocolViewModel(session.protocols(), session.minutes().homeSide(), english, Runnable::run,
                Runnable::run, dialog);
        viewModel.onProblem(problems::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long meetingWhere(boolean finalMinutes) {
        return UiTestArchive.latestMeetingWithMinutes(session, finalMinutes);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void thePreviewIsTheHomeSidesOriginalPagedAndZoomedAndFollowsTheChosenOriginalAndLayout() throws IOException {
        long draft = meetingWhere(false);

        viewModel.show(draft);

        assertThat(viewModel.originalProperty().get()).as("the sample's home side is China").isEqualTo(Original.CN);
        assertThat(viewModel.summaryProperty().get()).contains("DRAFT");
        int pages = viewModel.pagesProperty().get();
        assertThat(pages).isGreaterThan(1);
        // 100 %: an A4 page is 210 mm = 794 screen pixels wide.
        assertThat(viewModel.imageProperty().get().getWidth()).isBetween(792, 796);
        viewModel.zoomIn();
        assertThat(viewModel.imageProperty().get().getWidth()).isBetween(990, 994);
        viewModel.fitWidth(397);
        assertThat(viewModel.zoomProperty().get()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        viewModel.zoomTo(100);
        assertThat(viewModel.zoomProperty().get()).isEqualTo(ProtocolViewModel.MAX_ZOOM);

        viewModel.previousPage();
        assertThat(viewModel.pageProperty().get()).isZero();
        viewModel.lastPage();
        viewModel.nextPage();
        assertThat(viewModel.pageProperty().get()).isEqualTo(pages - 1);

        String chineseFirst = text(viewModel.shownPdf());
        viewModel.originalProperty().set(Original.KG);
        String russianFirst = text(viewModel.shownPdf());
        assertThat(chineseFirst.indexOf("中华人民共和国国防部")).isNotNegative()
                .isLessThan(chineseFirst.indexOf("吉尔吉斯共和国边防总局"));
        assertThat(russianFirst.indexOf("Пограничная служба Кыргызской")).isNotNegative().isLessThan(
                russianFirst.indexOf("Министерство обороны Китайской"));
        assertThat(viewModel.pageProperty().get()).as("stays on a page that exists")
                .isLessThan(viewModel.pagesProperty().get());
        viewModel.layoutProperty().set(ProtocolLayout.SEQUENTIAL);
        assertThat(viewModel.suggestedFileName()).matches("\\d{4}-T-\\d{3}-kg-draft\\.pdf");
        assertThat(problems).isEmpty();
    }

    @Test
    void theSampleProtocolWithArt4InformationIsPreviewedMarkedAndRefusedToAnUnconsentedThirdParty()
            throws IOException {
        viewModel.show(meetingWhere(true));
        assertThat(text(viewModel.shownPdf())).contains("Содержит сведения");
        Path refused = home.resolve("osce.pdf");

        viewModel.saveTo(refused, org.huiwu.domain.confidentiality.Recipient.thirdParty("OSCE"));
        viewModel.print(org.huiwu.domain.confidentiality.Recipient.thirdParty("OSCE"));

        assertThat(refused).doesNotExist();
        assertThat(postScript.size()).as("nothing printed").isZero();
        assertThat(problems).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.headline()).isEqualTo(english.get("art4.refused.headline"));
            assertThat(problem.details()).startsWith("Refused under Art. 4").contains("OSCE")
                    .contains(english.get("agreement.category.crossersAndFugitives"));
        });

        Path consented = home.resolve("rats.pdf");
        viewModel.saveTo(consented, org.huiwu.domain.confidentiality.Recipient.thirdParty("SCO RATS"));
        assertThat(Files.readAllBytes(consented)).isEqualTo(viewModel.shownPdf());
        assertThat(problems).hasSize(2);
    }

    @Test
    void saveWritesTheShownOriginalWholeAndAnUnwritablePlaceIsReportedWithoutAFile() throws IOException {
        viewModel.show(meetingWhere(true));
        assertThat(viewModel.summaryProperty().get()).contains("final").doesNotContain("DRAFT");
        Path file = home.resolve("out").resolve(viewModel.suggestedFileName());

        viewModel.saveTo(file, org.huiwu.domain.confidentiality.Recipient.ownInternal());

        assertThat(Files.readAllBytes(file)).isEqualTo(viewModel.shownPdf());
        assertThat(viewModel.activityProperty().get()).contains(file.toString());
        assertThat(problems).isEmpty();

        Path blocker = home.resolve("a-file");
        Files.writeString(blocker, "not a folder");
        viewModel.saveTo(blocker.resolve("protocol.pdf"), org.huiwu.domain.confidentiality.Recipient.ownInternal());
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("protocol.save.failed.headline"));
        assertThat(Files.readString(blocker)).isEqualTo("not a folder");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void printSendsBothOriginalsAfterTheDialogAndSaysSoOrThatThereIsNoPrinter() throws IOException {
        viewModel.show(meetingWhere(true));
        int shownPages = viewModel.pagesProperty().get();

        viewModel.print(org.huiwu.domain.confidentiality.Recipient.otherSide());

        assertThat(asked).singleElement().satisfies(attributes ->
                assertThat(((Copies) attributes.get(Copies.class)).getValue()).isEqualTo(1));
        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        int printed = ps.split("%%Page: ", -1).length - 1;
        assertThat(printed).as("both originals, same length each").isEqualTo(2 * shownPages);
        assertThat(viewModel.activityProperty().get()).isEqualTo(english.get("protocol.print.done", printed));
        assertThat(viewModel.busyProperty().get()).isFalse();

        postScript.reset();
        viewModel.printChoiceProperty().set(ProtocolViewModel.PrintChoice.SHOWN_ORIGINAL);
        userConfirms = false;
        viewModel.print(org.huiwu.domain.confidentiality.Recipient.otherSide());
        assertThat(postScript.size()).as("the user closed the dialog").isZero();
        assertThat(viewModel.activityProperty().get()).isEqualTo(english.get("protocol.print.cancelled"));

        printerPresent = false;
        viewModel.print(org.huiwu.domain.confidentiality.Recipient.otherSide());
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("protocol.print.noPrinter.headline"));
    }

    /** Background work waits here until the test runs it, so a request can be overtaken as by a quick user. */
    private final java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();

    private ProtocolViewModel queuedViewModel() {
        ProtocolViewModel queuedModel = new ProtocolViewModel(session.protocols(), session.minutes().homeSide(),
                english, queued::add, Runnable::run, dialog);
        queuedModel.onProblem(problems::add);
        return queuedModel;
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void cancellingANewOriginalKeepsTheShownOneAndPutsTheChooserBackSoBothOriginalsStillPrint() throws IOException {
        ProtocolViewModel queuedModel = queuedViewModel();
        queuedModel.show(meetingWhere(true));
        runQueued();
        byte[] chinese = queuedModel.shownPdf();

        queuedModel.originalProperty().set(Original.KG);
        assertThat(queuedModel.busyProperty().get()).isTrue();
        queuedModel.cancel();
        runQueued();

        assertThat(queuedModel.busyProperty().get()).isFalse();
        assertThat(queuedModel.originalProperty().get()).isEqualTo(Original.CN);
        assertThat(queuedModel.shownPdf()).isSameAs(chinese);
        assertThat(queuedModel.suggestedFileName()).endsWith("-cn.pdf");
        queuedModel.print(org.huiwu.domain.confidentiality.Recipient.otherSide());
        runQueued();
        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps.split("%%Page: ", -1).length - 1).isEqualTo(2 * queuedModel.pagesProperty().get());
        assertThat(problems).isEmpty();
    }

    @Test
    void anotherMeetingChosenWhilePrintingIsShownOnceTheJobEnds() {
        ProtocolViewModel queuedModel = queuedViewModel();
        long finalMeeting = meetingWhere(true);
        long draftMeeting = meetingWhere(false);
        queuedModel.show(finalMeeting);
        runQueued();
        queuedModel.print(org.huiwu.domain.confidentiality.Recipient.otherSide());

        queuedModel.show(draftMeeting);
        assertThat(queuedModel.summaryProperty().get()).doesNotContain("DRAFT");
        runQueued();

        assertThat(queuedModel.summaryProperty().get()).contains("DRAFT");
        assertThat(queuedModel.busyProperty().get()).isFalse();
    }

    @Test
    void aPaperCopysCodeFindsItsMeetingAndSaysWhetherTheArchiveStillMatches() {
        long finalMeeting = meetingWhere(true);
        Minutes printedFrom = session.minutes().current(finalMeeting);
        String number = session.protocols().protocol(finalMeeting).number().text();
        String code = "  " + ProtocolCode.of(session.protocols().protocol(finalMeeting).number(),
                ProtocolService.digest(printedFrom)).text().toLowerCase() + "\n";

        viewModel.trace(code);

        assertThat(viewModel.traceTextProperty().get()).startsWith("Protocol " + number)
                .contains("version " + printedFrom.version()).contains("the text matches");
        assertThat(viewModel.tracedMeetingProperty().get()).isEqualTo(finalMeeting);

        session.minutes().reopen(finalMeeting);
        viewModel.trace(code);
        assertThat(viewModel.traceTextProperty().get())
                .contains("now holds version " + (printedFrom.version() + 1));
        assertThat(viewModel.tracedMeetingProperty().get()).isEqualTo(finalMeeting);

        // A copy of a draft that changed since (or an altered copy): its number still names the meeting.
        viewModel.trace("HUIWU " + number + " SHA256 " + "0".repeat(64));
        assertThat(viewModel.traceTextProperty().get()).startsWith("Protocol " + number)
                .contains("none of its stored minutes versions matches");
        assertThat(viewModel.tracedMeetingProperty().get()).isEqualTo(finalMeeting);

        viewModel.trace("HUIWU 1999-T-001 SHA256 " + "0".repeat(64));
        assertThat(viewModel.traceTextProperty().get())
                .isEqualTo(english.get("protocol.trace.unknown", "1999-T-001"));
        assertThat(viewModel.tracedMeetingProperty().get()).isNull();

        viewModel.trace("2026-T-007");
        assertThat(viewModel.traceTextProperty().get()).isEqualTo(english.get("protocol.trace.notACode"));
    }
}
