// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.i18n.Messages;
import org.huiwu.pdf.protocol.ProtocolPdf;
import org.huiwu.service.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The bilingual protocol PDFs of a meeting from the command line. */
@Command(name = "protocol", mixinStandardHelpOptions = true,
        description = "Bilingual protocols (PDF/A-2u): export the originals of a meeting, sign them, verify them.",
        subcommands = {ProtocolCommand.Export.class, SignCommands.Sign.class, SignCommands.Verify.class})
final class ProtocolCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Choices as the command line writes them. */
    enum OriginalChoice { cn, kg, both }

    enum LayoutChoice { parallel, sequential }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the protocol of a meeting from the newest version of its minutes: the Chinese "
                    + "side's original (cn), the Kyrgyz side's (kg) or both as two files. Minutes that are not "
                    + "final print as a draft, with a watermark and without signature fields. Every export names "
                    + "its recipient; one with Art. 4 information carries the marking, and to a third party it "
                    + "needs the providing side's consent (refused with exit 1).")
    static final class Export implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Option(names = "--meeting", required = true, paramLabel = "ID",
                description = "The meeting's id in the archive (see: meetings list).")
        private long meetingId;

        @Option(names = "--original", required = true, paramLabel = "cn|kg|both",
                description = "Whose original: cn, kg, or both (two files).")
        private OriginalChoice original;

        @Option(names = "--layout", defaultValue = "parallel", paramLabel = "parallel|sequential",
                description = "Two columns (parallel, the default) or one language after the other (sequential).")
        private LayoutChoice layout;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The PDF file for one original; a folder for both (<number>-cn.pdf, <number>-kg.pdf).")
        private Path out;

        @Mixin
        private ArchiveOption archiveOption;

        @Mixin
        private RecipientOption recipientOption;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        Export(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter print = spec.commandLine().getOut();
            Protocol protocol;
            org.huiwu.domain.audit.AuditAnchor anchor;
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                if (session.schedule().meetings().stream().noneMatch(m -> m.id() == meetingId)) {
                    throw new HuiwuCommand.UserError(messages.get("cli.protocol.noMeeting",
                            String.valueOf(meetingId)));
                }
                protocol = session.protocols().forExport(meetingId, recipientOption.recipient(messages),
                        org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT);
                anchor = session.auditHead();
            }
            ProtocolLayout chosenLayout = ProtocolLayout.valueOf(layout.name().toUpperCase(Locale.ROOT));
            List<Original> originals = original == OriginalChoice.both ? List.of(Original.CN, Original.KG)
                    : List.of(Original.valueOf(original.name().toUpperCase(Locale.ROOT)));
            List<Path> files = new ArrayList<>();
            if (original == OriginalChoice.both) {
                Files.createDirectories(out);
                for (Original one : originals) {
                    files.add(out.resolve(protocol.number().text() + "-" + one.code() + ".pdf"));
                }
            } else {
                if (Files.isDirectory(out)) {
                    throw new HuiwuCommand.UserError(messages.get("cli.protocol.outIsFolder", out.toString()));
                }
                files.add(out);
            }
            for (int i = 0; i < originals.size(); i++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ProtocolPdf.write(protocol, originals.get(i), chosenLayout, anchor, bytes);
                Path file = files.get(i).toAbsolutePath();
                ExportFiles.writeWholeOrRefuse(file, bytes.toByteArray(), messages);
                print.println(messages.get(protocol.draft() ? "cli.protocol.exportedDraft" : "cli.protocol.exported",
                        protocol.number().text(), originals.get(i).code(), file.toString()));
            }
            print.flush();
            return HuiwuCommand.DONE;
        }
    }
}
