// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.util.List;

/** The archive's signed protocols. */
public interface SignedProtocolRepository {

    /** Keeps a signed PDF; from then on the minutes version it was made from cannot be saved again. */
    SignedProtocol save(SignedProtocol signed);

    /** A meeting's signed protocols, oldest first. */
    List<SignedProtocol> ofMeeting(long meetingId);
}
