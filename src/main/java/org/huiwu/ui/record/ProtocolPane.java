// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/**
 * The protocol tab: the PDF itself, rendered page by page, with the original and layout to show, paging, zoom,
 * Save as and Print; below, the field where a paper copy's code (typed or scanned) finds its record.
 */
public final class ProtocolPane implements RecordTab {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP);
    static final KeyCombination FIRST = new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LAST = new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl and the "=/+" key, with or without Shift (which "+" needs on most layouts), or the keypad's plus. */
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_ANY);
    static final KeyCombination ZOOM_IN_SHIFTED = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_ANY);
    static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT_MINUS = new KeyCodeCombination(KeyCode.SUBTRACT,
            KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACTUAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final ProtocolViewModel viewModel;
    /** Asks whom a save or print is for (Art. 4); tests answer without the dialog. */
    private java.util.function.Supplier<java.util.Optional<org.huiwu.domain.confidentiality.Recipient>> recipients =
            this::askRecipient;
    private final SigningViewModel signing;
    private final ViewSupport support;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final ScrollPane scroller;
    private LongConsumer openMeeting = id -> { };

    public ProtocolPane(ProtocolViewModel viewModel, SigningViewModel signing, ViewSupport support) {
        this.viewModel = viewModel;
        this.signing = signing;
        this.support = support;
        this.messages = support.messages();
        root.setId("protocol-pane");
        root.getStylesheets().add(RecordControls.CSS);

        ComboBox<Original> original = RecordControls.choice("protocol-original", List.of(Original.values()),
                RecordControls.names(messages));
        original.valueProperty().bindBidirectional(viewModel.originalProperty());
        ComboBox<ProtocolLayout> layout = RecordControls.choice("protocol-layout",
                List.of(ProtocolLayout.values()), RecordControls.names(messages));
        layout.valueProperty().bindBidirectional(viewModel.layoutProperty());
        Label originalLabel = new Label(messages.get("protocol.original.label"));
        originalLabel.setLabelFor(original);
        Label layoutLabel = new Label(messages.get("protocol.layout.label"));
        layoutLabel.setLabelFor(layout);

        Button previous = RecordControls.button("protocol-previous", "", "mdi2c-chevron-left", PREVIOUS);
        RecordControls.tooltip(previous, messages.get("protocol.page.previous"), PREVIOUS);
        Button next = RecordControls.button("protocol-next", "", "mdi2c-chevron-right", NEXT);
        RecordControls.tooltip(next, messages.get("protocol.page.next"), NEXT);
        Label pageOf = new Label();
        pageOf.setId("protocol-page");
        pageOf.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pagesProperty().get() == 0 ? ""
                        : messages.get("protocol.page", viewModel.pageProperty().get() + 1,
                        viewModel.pagesProperty().get()),
                viewModel.pageProperty(), viewModel.pagesProperty()));
        previous.disableProperty().bind(viewModel.pageProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(viewModel.pageProperty().add(1).greaterThanOrEqualTo(viewModel.pagesProperty()));

        Button zoomOut = RecordControls.button("protocol-zoom-out", "", "mdi2m-minus", ZOOM_OUT);
        RecordControls.tooltip(zoomOut, messages.get("protocol.zoom.out"), ZOOM_OUT);
        Button zoomIn = RecordControls.button("protocol-zoom-in", "", "mdi2p-plus", ZOOM_IN);
        RecordControls.tooltip(zoomIn, messages.get("protocol.zoom.in"), ZOOM_IN);
        Label zoom = new Label();
        zoom.setId("protocol-zoom");
        zoom.setMinWidth(44);
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewModel.zoomProperty().get() * 100) + " %", viewModel.zoomProperty()));
        Button actual = RecordControls.button("protocol-zoom-actual", messages.get("protocol.zoom.actual"), null,
                ACTUAL);
        Button fit = RecordControls.button("protocol-zoom-fit", messages.get("protocol.zoom.fit"),
                "mdi2a-arrow-expand-horizontal", null);

        Button save = RecordControls.button("protocol-save", messages.get("protocol.save"), "mdi2c-content-save",
                SAVE);
        ComboBox<ProtocolViewModel.PrintChoice> printChoice = RecordControls.choice("protocol-print-choice",
                List.of(ProtocolViewModel.PrintChoice.values()),
                RecordControls.converter(choice -> messages.get(choice == ProtocolViewModel.PrintChoice.BOTH_ORIGINALS
                        ? "protocol.print.choice.bothOriginals" : "protocol.print.choice.shownOriginal")));
        printChoice.valueProperty().bindBidirectional(viewModel.printChoiceProperty());
        Button print = RecordControls.button("protocol-print", messages.get("protocol.print"), "mdi2p-printer",
                PRINT);
        for (Node control : List.of(original, layout, save, print, printChoice)) {
            control.disableProperty().bind(viewModel.busyProperty());
        }

        Button sign = RecordControls.button("protocol-sign", messages.get("signing.sign"), "mdi2d-draw", null);
        sign.disableProperty().bind(viewModel.busyProperty().or(signing.busyProperty())
                .or(viewModel.signableProperty().not()));
        Button signReceived = RecordControls.button("protocol-sign-received", messages.get("signing.signReceived"),
                "mdi2f-file-sign", null);
        signReceived.disableProperty().bind(signing.busyProperty());
        Button verify = RecordControls.button("protocol-verify", messages.get("signing.verify"),
                "mdi2s-shield-check-outline", null);
        verify.disableProperty().bind(signing.busyProperty());
        Button trustButton = RecordControls.button("protocol-trust", messages.get("signing.trust"),
                "mdi2c-certificate-outline", null);
        trustButton.disableProperty().bind(signing.busyProperty());
        FlowPane toolbar = new FlowPane(8, 6, originalLabel, original, layoutLabel, layout, separator(), previous,
                pageOf, next, separator(), zoomOut, zoom, zoomIn, actual, fit, separator(), save, printChoice,
                print, separator(), sign, signReceived, verify, trustButton);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("protocol-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label activity = new Label();
        activity.setId("protocol-activity");
        activity.textProperty().bind(viewModel.activityProperty());
        Button cancel = RecordControls.button("protocol-cancel", messages.get("protocol.cancel"),
                "mdi2c-close-circle-outline", CANCEL);
        cancel.visibleProperty().bind(viewModel.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label summary = RecordControls.note("protocol-summary", viewModel.summaryProperty(), "muted");
        HBox status = new HBox(8, progress, activity, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, toolbar, summary, status);
        top.setPadding(new Insets(10, 12, 6, 12));

        page.setId("protocol-page-image");
        page.setPreserveRatio(true);
        page.imageProperty().bind(Bindings.createObjectBinding(() -> fxImage(viewModel.imageProperty().get()),
                viewModel.imageProperty()));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("protocol-desk");
        paper.setPadding(new Insets(16));
        paper.setStyle("-fx-background-color: #8a8f96;");
        scroller = new ScrollPane(paper);
        scroller.setId("protocol-scroller");
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        paper.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroller.getViewportBounds().getHeight(),
                scroller.viewportBoundsProperty()));

        TextField code = new TextField();
        code.setId("protocol-trace-code");
        code.setPromptText(messages.get("protocol.trace.prompt"));
        HBox.setHgrow(code, Priority.ALWAYS);
        Label codeLabel = new Label(messages.get("protocol.trace.label"));
        codeLabel.setLabelFor(code);
        codeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button find = RecordControls.button("protocol-trace-find", messages.get("protocol.trace.find"),
                "mdi2q-qrcode-scan", null);
        Button open = RecordControls.button("protocol-trace-open", messages.get("protocol.trace.open"),
                "mdi2o-open-in-app", null);
        open.visibleProperty().bind(viewModel.tracedMeetingProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        Label traced = RecordControls.note("protocol-trace-result", viewModel.traceTextProperty(), "muted");
        Label signed = RecordControls.note("signing-outcome", signing.outcomeProperty(), "muted");
        javafx.scene.control.TextArea verdict = new javafx.scene.control.TextArea();
        verdict.setId("signing-verdict");
        verdict.setEditable(false);
        verdict.setWrapText(true);
        verdict.setPrefRowCount(7);
        verdict.textProperty().bind(signing.verdictProperty());
        verdict.visibleProperty().bind(signing.verdictProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        HBox traceRow = new HBox(8, codeLabel, code, find, open);
        traceRow.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, traceRow, traced, signed, verdict);
        bottom.setPadding(new Insets(6, 12, 10, 12));

        root.setTop(top);
        root.setCenter(scroller);
        root.setBottom(bottom);

        previous.setOnAction(e -> viewModel.previousPage());
        next.setOnAction(e -> viewModel.nextPage());
        zoomIn.setOnAction(e -> viewModel.zoomIn());
        zoomOut.setOnAction(e -> viewModel.zoomOut());
        actual.setOnAction(e -> viewModel.actualSize());
        fit.setOnAction(e -> fitWidth());
        save.setOnAction(e -> save());
        print.setOnAction(e -> print());
        cancel.setOnAction(e -> viewModel.cancel());
        sign.setOnAction(e -> signShown());
        signReceived.setOnAction(e -> signReceived());
        verify.setOnAction(e -> verifyFile());
        trustButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("signing.trust"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("signing.certificates"),
                    "*.pem", "*.crt", "*.cer", "*.der"));
            File chosen = chooser.showOpenDialog(window());
            if (chosen != null) {
                signing.importTrusted(chosen.toPath());
            }
        });
        // A scanner types the code and presses Enter.
        code.setOnAction(e -> viewModel.trace(code.getText()));
        find.setOnAction(e -> viewModel.trace(code.getText()));
        open.setOnAction(e -> {
            Long id = viewModel.tracedMeetingProperty().get();
            if (id != null) {
                openMeeting.accept(id);
            }
        });
        // A new page starts at its top.
        viewModel.pageProperty().addListener((obs, old, now) -> scroller.setVvalue(0));

        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(SAVE, this::save);
        shortcuts.put(PRINT, this::print);
        shortcuts.put(ZOOM_IN, viewModel::zoomIn);
        shortcuts.put(ZOOM_IN_PLUS, viewModel::zoomIn);
        shortcuts.put(ZOOM_IN_SHIFTED, viewModel::zoomIn);
        shortcuts.put(ZOOM_OUT, viewModel::zoomOut);
        shortcuts.put(ZOOM_OUT_MINUS, viewModel::zoomOut);
        shortcuts.put(ACTUAL, viewModel::actualSize);
        shortcuts.put(CANCEL, viewModel::cancel);
        RecordControls.shortcuts(root, shortcuts);
        // Paging keys turn pages even when the page view has the focus (it would scroll by a screen instead).
        Map<KeyCombination, Runnable> paging = Map.of(NEXT, viewModel::nextPage, PREVIOUS, viewModel::previousPage,
                FIRST, viewModel::firstPage, LAST, viewModel::lastPage);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> paging.forEach((keys, action) -> {
            if (!event.isConsumed() && keys.match(event)) {
                event.consume();
                action.run();
            }
        }));
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
        signing.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    private javafx.stage.Window window() {
        return root.getScene() != null ? root.getScene().getWindow() : support.window();
    }

    /**
     * Signs the original shown (final minutes only), into its first empty field. The signed file is the original's
     * first way out of the archive, so it asks whom for, as saving does; a file signed from disk has left already.
     */
    private void signShown() {
        byte[] pdf = viewModel.shownPdf();
        if (pdf == null || !viewModel.signableProperty().get()) {
            return;
        }
        recipients.get().filter(viewModel::mayLeaveSigned)
                .ifPresent(recipient -> signInto(pdf, viewModel.suggestedFileName()));
    }

    /** Signs an original received from the other side (already signed by their representative). */
    private void signReceived() {
        FileChooser chooser = pdfChooser(messages.get("signing.signReceived"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen == null) {
            return;
        }
        try {
            signInto(java.nio.file.Files.readAllBytes(chosen.toPath()), chosen.getName());
        } catch (java.io.IOException e) {
            RecordControls.report(support, root, new Problem(messages.get("signing.failed.headline"),
                    messages.get("cli.sign.unreadable", chosen.toString())));
        }
    }

    private void signInto(byte[] pdf, String name) {
        SignDialog.ask(messages, window(), messages.get("signing.dialog.header", name)).ifPresent(answer -> {
            FileChooser chooser = pdfChooser(messages.get("protocol.save.title"));
            chooser.setInitialFileName(SigningViewModel.signedFileName(name));
            File out = chooser.showSaveDialog(window());
            if (out == null) {
                java.util.Arrays.fill(answer.secret(), '\0');
                return;
            }
            signing.sign(pdf, answer.key(), answer.secret(), out.toPath(), () -> { });
        });
    }

    /** Verifies a signed PDF against the certificates the user picks (the counterpart's, a CA; none allowed). */
    private void verifyFile() {
        File chosen = pdfChooser(messages.get("signing.verify")).showOpenDialog(window());
        if (chosen == null) {
            return;
        }
        FileChooser certificates = new FileChooser();
        certificates.setTitle(messages.get("signing.verify.trustTitle"));
        certificates.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("signing.certificates"),
                "*.pem", "*.crt", "*.cer", "*.der"));
        List<File> trust = certificates.showOpenMultipleDialog(window());
        signing.verify(chosen.toPath(), trust == null ? List.of() : trust.stream().map(File::toPath).toList());
    }

    private FileChooser pdfChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("protocol.save.filter"),
                "*.pdf"));
        return chooser;
    }

    /** What "Open that meeting" does: the record area switches to it. */
    public void onOpenMeeting(LongConsumer action) {
        this.openMeeting = action;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(long meetingId) {
        viewModel.show(meetingId);
    }

    private java.util.Optional<org.huiwu.domain.confidentiality.Recipient> askRecipient() {
        return org.huiwu.ui.common.RecipientDialog.ask(messages, window());
    }

    /** Prints after asking whom for; nothing when the user cancels. */
    private void print() {
        if (viewModel.busyProperty().get()) {
            return;
        }
        recipients.get().ifPresent(viewModel::print);
    }

    /** Replaces the recipient dialog, e.g. by a fixed answer in tests of printing. */
    public void askRecipientsWith(
            java.util.function.Supplier<java.util.Optional<org.huiwu.domain.confidentiality.Recipient>> asker) {
        this.recipients = java.util.Objects.requireNonNull(asker, "asker");
    }

    private void fitWidth() {
        viewModel.fitWidth(Math.max(100, scroller.getViewportBounds().getWidth() - 40));
    }

    private void save() {
        if (viewModel.busyProperty().get() || viewModel.shownPdf() == null) {
            return;
        }
        // Whom it is for first: a refusal under Art. 4 should not come after choosing a file.
        var recipient = recipients.get();
        if (recipient.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("protocol.save.title"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("protocol.save.filter"),
                "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene() != null ? root.getScene().getWindow()
                : support.window());
        if (file != null) {
            viewModel.saveTo(file.toPath(), recipient.get());
        }
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** PDFBox renders into AWT images; JavaFX shows its own. Opaque RGB pixels copy over as they are. */
    static WritableImage fxImage(BufferedImage rendered) {
        if (rendered == null) {
            return null;
        }
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        int[] pixels = rendered.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
