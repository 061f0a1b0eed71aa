// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.app.AppContext;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code huiwu info list|add}: the register of information items received under Art. 4. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Art. 4: information items the sides gave each other, with the agenda items and clauses that "
                + "use them. Adding one needs a role that keeps the Art. 4 registers (representative).",
        subcommands = {InfoCommand.ListItems.class, InfoCommand.AddItem.class})
final class InfoCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the items: uuid, category (1-8), providing side, date, channel, texts, links.")
    static final class ListItems implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Mixin
        private RowsOrJson output;

        ListItems(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                output.print(session.confidentiality().items(), ListItems::toJson, ListItems::row);
                return HuiwuCommand.DONE;
            }
        }

        private static List<String> row(InformationItem item) {
            return List.of(item.uuid().toString(), String.valueOf(item.category().item()),
                    item.providingSide().code(), item.receivedOn().toString(),
                    item.channel().name().toLowerCase(Locale.ROOT), item.text().joined(),
                    String.valueOf(item.agendaItems().size() + item.clauses().size()));
        }

        private static Map<String, Object> toJson(InformationItem item) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("uuid", item.uuid().toString());
            row.put("category", item.category().item());
            row.put("side", item.providingSide().code());
            row.put("date", item.receivedOn().toString());
            row.put("channel", item.channel().name().toLowerCase(Locale.ROOT));
            row.put("zh", item.text().zh());
            row.put("ru", item.text().ru());
            row.put("agendaItems", item.agendaItems().stream().map(UUID::toString).sorted().toList());
            row.put("clauses", item.clauses().stream().map(UUID::toString).sorted().toList());
            return row;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Registers an information item and links it to agenda items and clauses of a meeting, "
                    + "by their position (1 = first) in the meeting's agenda and newest minutes.")
    static final class AddItem implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--category", required = true, paramLabel = "N", description = "Art. 4 item, 1-8.")
        private int category;

        @Option(names = "--side", required = true, paramLabel = "cn|kg", description = "The providing side.")
        private String side;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it was received.")
        private LocalDate date;

        @Option(names = "--channel", defaultValue = "meeting", paramLabel = "meeting|letter|liaison|phone",
                description = "How it came (default: meeting).")
        private String channel;

        @Option(names = "--zh", defaultValue = "", paramLabel = "TEXT", description = "The Chinese text.")
        private String zh;

        @Option(names = "--ru", defaultValue = "", paramLabel = "TEXT", description = "The Russian text.")
        private String ru;

        @Option(names = "--meeting", paramLabel = "ID", description = "The meeting the links below are in.")
        private Long meetingId;

        @Option(names = "--agenda-item", paramLabel = "N", description = "Agenda item N of the meeting (repeatable).")
        private List<Integer> agendaItems = new ArrayList<>();

        @Option(names = "--clause", paramLabel = "N",
                description = "Clause N of the meeting's newest minutes (repeatable).")
        private List<Integer> clauses = new ArrayList<>();

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        AddItem(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            InformationCategory chosen = Art4Options.category(category, messages);
            InformationChannel how = Art4Options.channel(channel, messages);
            if (zh.isBlank() && ru.isBlank()) {
                throw new HuiwuCommand.UserError(messages.get("art4.cli.text"));
            }
            if (meetingId == null && !(agendaItems.isEmpty() && clauses.isEmpty())) {
                throw new HuiwuCommand.UserError(messages.get("art4.cli.linkNeedsMeeting"));
            }
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                Set<UUID> agendaLinks = new HashSet<>();
                Set<UUID> clauseLinks = new HashSet<>();
                if (meetingId != null) {
                    if (session.schedule().meetings().stream().noneMatch(m -> m.id() == meetingId)) {
                        throw new HuiwuCommand.UserError(messages.get("cli.protocol.noMeeting",
                                String.valueOf(meetingId)));
                    }
                    List<AgendaItem> agenda = session.agenda().agenda(meetingId).items();
                    List<AlignedPair> pairs = session.minutes().current(meetingId).pairs();
                    for (int n : agendaItems) {
                        agendaLinks.add(at(agenda, n, "art4.cli.noAgendaItem").uuid());
                    }
                    for (int n : clauses) {
                        clauseLinks.add(at(pairs, n, "art4.cli.noClause").uuid());
                    }
                }
                InformationItem saved = session.confidentiality().save(InformationItem.create(chosen,
                        Art4Options.side(side, messages), date, how, Bilingual.of(zh, ru))
                        .withLinks(agendaLinks, clauseLinks));
                var out = spec.commandLine().getOut();
                out.println(messages.get("art4.cli.itemAdded", saved.uuid().toString(),
                        agendaLinks.size() + clauseLinks.size()));
                out.flush();
                return HuiwuCommand.DONE;
            }
        }

        private <T> T at(List<T> list, int position, String key) {
            if (position < 1 || position > list.size()) {
                throw new HuiwuCommand.UserError(messages.get(key, position, list.size()));
            }
            return list.get(position - 1);
        }
    }
}
