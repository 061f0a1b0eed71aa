// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.util.stream.Collectors;

/**
 * An export or print to a third party refused under Art. 4: some information items in it lack the providing side's
 * written consent. Nothing was written; the UI and the command line word it with {@link #MESSAGE_KEY}.
 */
public class ReleaseRefusedException extends RuntimeException {

    /** Arguments: {0} the third party, {1} the items without consent (category and label). */
    public static final String MESSAGE_KEY = "art4.refused";

    private final transient Release release;

    public ReleaseRefusedException(Release release) {
        super("No written consent of the providing side to give " + release.recipient().thirdParty() + " "
                + release.unconsented().stream().map(InformationItem::label).collect(Collectors.joining(", ")));
        this.release = release;
    }

    public Release release() {
        return release;
    }
}
