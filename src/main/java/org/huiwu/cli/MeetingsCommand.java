// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "meetings", mixinStandardHelpOptions = true, description = "Meetings of the archive.",
        subcommands = MeetingsCommand.ListMeetings.class)
final class MeetingsCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every meeting, earliest first: id, level, start (local time of the place), place, "
                    + "host side, status. --json gives the fields documented in the README.")
    static final class ListMeetings implements java.util.concurrent.Callable<Integer> {

        private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

        private final AppContext context;
        private final Messages messages;

        @Mixin
        private ArchiveOption archiveOption;

        @Mixin
        private RowsOrJson output;

        ListMeetings(AppContext context, Messages messages) {
            this.context = context;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (ArchiveSession session = archiveOption.open(context, messages)) {
                List<Meeting> meetings = session.schedule().meetings();
                Map<Long, Place> places = session.registers().places().stream()
                        .collect(Collectors.toMap(Place::id, Function.identity()));
                output.print(List.of(messages.get("cli.meetings.header").split("\\|")), meetings,
                        m -> toJson(m, places.get(m.placeId())), m -> row(m, places.get(m.placeId())));
            }
            return HuiwuCommand.DONE;
        }

        private List<String> row(Meeting meeting, Place place) {
            return List.of(
                    String.valueOf(meeting.id()),
                    messages.of(meeting.level()),
                    LOCAL.format(meeting.localStart()),
                    place == null ? "?" : place.name().joined(),
                    meeting.hostSide().code(),
                    messages.of(meeting.status()));
        }

        private static Map<String, Object> toJson(Meeting meeting, Place place) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", meeting.id());
            row.put("uuid", meeting.uuid().toString());
            row.put("level", meeting.level().name());
            row.put("start", meeting.start().toString());
            row.put("end", meeting.end().toString());
            row.put("startLocal", meeting.localStart().toOffsetDateTime().toString());
            row.put("timeZone", meeting.zone().getId());
            Map<String, Object> placeJson = new LinkedHashMap<>();
            placeJson.put("id", meeting.placeId());
            if (place != null) {
                placeJson.put("uuid", place.uuid().toString());
                placeJson.putAll(bilingual(place.name()));
            }
            row.put("place", placeJson);
            row.put("hostSide", meeting.hostSide().code());
            row.put("status", meeting.status().name());
            row.put("title", bilingual(meeting.title()));
            List<Object> delegation = new ArrayList<>();
            meeting.delegation().forEach(member -> {
                Map<String, Object> memberJson = new LinkedHashMap<>();
                memberJson.put("personId", member.personId());
                memberJson.put("side", member.side().code());
                memberJson.put("role", member.role().name());
                delegation.add(memberJson);
            });
            row.put("delegation", delegation);
            return row;
        }

        private static Map<String, Object> bilingual(Bilingual text) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("zh", text.zh());
            json.put("ru", text.ru());
            return json;
        }
    }
}
