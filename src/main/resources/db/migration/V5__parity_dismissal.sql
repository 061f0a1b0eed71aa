-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Parity findings a user dismissed, with the reason. A dismissal holds for one finding (its fingerprint) of one
-- aligned pair while both texts of the pair stay as they were when it was dismissed (texts_hash): a change to
-- either text resets it. Pairs are referred to by UUID: the pair rows of minutes are rewritten on saves.
-- Portable SQL (H2 now, PostgreSQL later): no H2-only types or functions.

CREATE TABLE parity_dismissal (
    meeting_id   BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    pair_uuid    UUID          NOT NULL,
    fingerprint  VARCHAR(100)  NOT NULL,
    texts_hash   VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    side         VARCHAR(2)    NOT NULL CHECK (side IN ('CN', 'KG')),
    -- who dismissed it, when the editor knew (an attendee); null otherwise
    person_id    BIGINT        REFERENCES person (id),
    dismissed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pair_uuid, fingerprint)
);
CREATE INDEX parity_dismissal_meeting ON parity_dismissal (meeting_id);
