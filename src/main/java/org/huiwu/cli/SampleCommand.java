// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.nio.file.Path;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Messages;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Creates the sample archive: invented meetings at all three levels, people and places. "
                + "Default folder: the sample folder in the user's data folder, apart from real records.")
final class SampleCommand implements java.util.concurrent.Callable<Integer> {

    private final AppContext context;
    private final Messages messages;

    @Mixin
    private ArchiveOption archiveOption;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    SampleCommand(AppContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        Path folder = archiveOption.archive != null ? archiveOption.archive.toAbsolutePath()
                : context.directories().sampleArchive();
        int meetings;
        try (OpenArchive archive = context.archives().create(folder, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.REPRESENTATIVE, SampleArchive.PASSPHRASE.toCharArray())) {
            meetings = SampleArchive.fill(archive);
        }
        spec.commandLine().getOut().println(messages.get("cli.sample.created", folder, meetings,
                SampleArchive.PASSPHRASE));
        spec.commandLine().getOut().flush();
        return HuiwuCommand.DONE;
    }
}
