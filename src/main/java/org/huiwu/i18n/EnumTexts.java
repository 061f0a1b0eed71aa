// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.ContactChannel;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.domain.place.PlaceKind;

/**
 * The domain's enums that the UI names, each with the key prefix of its texts (prefix + "." + lowerCamelName).
 * One list, so the i18n test can check that every constant has its text in every language.
 */
public final class EnumTexts {

    public static final Map<Class<? extends Enum<?>>, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put(Side.class, "side");
        PREFIXES.put(org.huiwu.domain.protocol.Original.class, "protocol.original");
        PREFIXES.put(org.huiwu.domain.protocol.ProtocolLayout.class, "protocol.layout");
        PREFIXES.put(MeetingLevel.class, "meeting.level");
        PREFIXES.put(MeetingStatus.class, "meeting.status");
        PREFIXES.put(DelegationRole.class, "delegation.role");
        PREFIXES.put(ContactChannel.class, "meeting.channel");
        PREFIXES.put(PlaceKind.class, "place.kind");
        PREFIXES.put(CooperationArea.class, "agreement.area");
        PREFIXES.put(InformationCategory.class, "agreement.category");
        PREFIXES.put(org.huiwu.domain.confidentiality.RecipientKind.class, "art4.recipient");
        PREFIXES.put(org.huiwu.domain.confidentiality.InformationChannel.class, "art4.channel");
        PREFIXES.put(DecisionKind.class, "decision.kind");
        PREFIXES.put(DecisionStatus.class, "decision.status");
        PREFIXES.put(Responsibility.class, "decision.responsible");
        PREFIXES.put(TextState.class, "minutes.textState");
        PREFIXES.put(MinutesState.class, "minutes.state");
        PREFIXES.put(org.huiwu.domain.parity.ParityCheck.class, "parity.check");
        PREFIXES.put(org.huiwu.domain.access.Role.class, "access.role");
        PREFIXES.put(org.huiwu.domain.audit.AuditAction.class, "audit.action");
    }

    private EnumTexts() {
    }

    /** The key of a constant's text, e.g. meeting.level.leadership. */
    public static String keyOf(Enum<?> value) {
        String prefix = PREFIXES.get(value.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("No texts registered for " + value.getDeclaringClass());
        }
        return prefix + "." + Messages.keyOf(value);
    }
}
