// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import java.util.stream.Collectors;

import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.confidentiality.ReleaseRefusedException;

/** The words of an Art. 4 refusal in the user's language: which items lack whose consent for whom. */
public final class Art4Texts {

    private Art4Texts() {
    }

    /** "Refused under Art. 4 …: … to pass to OSCE: Art. 4 (3): illegal crossers … [8d6e14ef, from Kyrgyzstan]. …" */
    public static String refused(Messages messages, ReleaseRefusedException refused) {
        return messages.get(ReleaseRefusedException.MESSAGE_KEY, refused.release().recipient().thirdParty(),
                refused.release().unconsented().stream().map(item -> item(messages, item))
                        .collect(Collectors.joining("; ")));
    }

    /** One item as a refusal or a list names it: its Art. 4 number and category, short id, providing side. */
    public static String item(Messages messages, InformationItem item) {
        return messages.get("art4.item.label", messages.of(item.category()),
                item.uuid().toString().substring(0, 8), messages.of(item.providingSide()));
    }
}
