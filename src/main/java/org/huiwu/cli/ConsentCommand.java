// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.huiwu.app.AppContext;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code huiwu consent list|add}: the providing side's written consents to disclosure to a third party (Art. 4). */
@Command(name = "consent", mixinStandardHelpOptions = true,
        description = "Art. 4: the providing side's written consents to give its information to a third party. "
                + "Adding one needs a role that keeps the Art. 4 registers (representative).",
        subcommands = {ConsentCommand.ListConsents.class, ConsentCommand.AddConsent.class})
final class ConsentCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the consents: providing side, date, reference, third party, scope, valid until.")
    static final class ListConsents implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Mixin
        private RowsOrJson output;

        ListConsents(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                output.print(session.confidentiality().consents(), ListConsents::toJson, ListConsents::row);
                return HuiwuCommand.DONE;
            }
        }

        private static List<String> row(Consent consent) {
            return List.of(consent.uuid().toString(), consent.providingSide().code(), consent.givenOn().toString(),
                    consent.reference(), consent.thirdParty(), scope(consent),
                    consent.validUntil() == null ? "" : consent.validUntil().toString());
        }

        private static Map<String, Object> toJson(Consent consent) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("uuid", consent.uuid().toString());
            row.put("side", consent.providingSide().code());
            row.put("date", consent.givenOn().toString());
            row.put("reference", consent.reference());
            row.put("thirdParty", consent.thirdParty());
            row.put("categories", consent.categories().stream().map(InformationCategory::item).sorted().toList());
            row.put("items", consent.items().stream().map(UUID::toString).sorted().toList());
            row.put("validUntil", consent.validUntil() == null ? null : consent.validUntil().toString());
            return row;
        }

        /** "4(1,5) + 2 items": the categories by their Art. 4 numbers and the count of single items. */
        private static String scope(Consent consent) {
            List<String> parts = new ArrayList<>();
            if (!consent.categories().isEmpty()) {
                parts.add("4(" + consent.categories().stream().map(c -> String.valueOf(c.item())).sorted()
                        .collect(Collectors.joining(",")) + ")");
            }
            consent.items().stream().map(UUID::toString).sorted().forEach(parts::add);
            return String.join(" ", parts);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Registers a written consent of the providing side to give a third party its information "
                    + "of some categories (--category, Art. 4 items 1-8) and/or some items (--item UUID, see: info "
                    + "list).")
    static final class AddConsent implements Callable<Integer> {

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Option(names = "--side", required = true, paramLabel = "cn|kg",
                description = "The side that gave the consent (and provided the information).")
        private String side;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it was given.")
        private LocalDate date;

        @Option(names = "--reference", required = true, paramLabel = "R",
                description = "The letter's reference, e.g. its number and date.")
        private String reference;

        @Option(names = "--third-party", required = true, paramLabel = "NAME",
                description = "Whom it allows to receive the information.")
        private String thirdParty;

        @Option(names = "--category", paramLabel = "N", description = "A category it covers, 1-8 (repeatable).")
        private List<Integer> categories = new ArrayList<>();

        @Option(names = "--item", paramLabel = "UUID", description = "An information item it covers (repeatable).")
        private List<UUID> items = new ArrayList<>();

        @Option(names = "--valid-until", paramLabel = "YYYY-MM-DD", description = "Its last day, if it has one.")
        private LocalDate validUntil;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        AddConsent(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            if (categories.isEmpty() && items.isEmpty()) {
                throw new HuiwuCommand.UserError(messages.get("art4.cli.scope"));
            }
            Side providing = Art4Options.side(side, messages);
            Set<InformationCategory> scope = Art4Options.categories(categories, messages);
            if (validUntil != null && validUntil.isBefore(date)) {
                throw new HuiwuCommand.UserError(messages.get("art4.cli.validUntil"));
            }
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                for (UUID item : items) {
                    if (session.confidentiality().item(item).isEmpty()) {
                        throw new HuiwuCommand.UserError(messages.get("art4.cli.noItem", item.toString()));
                    }
                }
                Consent saved = session.confidentiality().save(Consent.create(providing, date, reference,
                        thirdParty, scope, Set.copyOf(items), validUntil));
                var out = spec.commandLine().getOut();
                out.println(messages.get("art4.cli.consentAdded", saved.uuid().toString(), saved.thirdParty()));
                out.flush();
                return HuiwuCommand.DONE;
            }
        }
    }
}
