-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Private notes of a deputy on a meeting, a clause (aligned pair), an agenda item or a decision. They belong to the
-- side that wrote them and never leave the archive in a protocol or an export. The subject is referred to by UUID:
-- pair rows are rewritten on saves, and a pair keeps its UUID across versions of the minutes.
-- Portable SQL (H2 now, PostgreSQL later).

CREATE TABLE private_note (
    uuid          UUID           NOT NULL PRIMARY KEY,
    meeting_id    BIGINT         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    subject       VARCHAR(20)    NOT NULL CHECK (subject IN ('MEETING', 'PAIR', 'AGENDA_ITEM', 'DECISION')),
    subject_uuid  UUID           NOT NULL,
    side          VARCHAR(2)     NOT NULL CHECK (side IN ('CN', 'KG')),
    note_text     VARCHAR(20000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX private_note_meeting ON private_note (meeting_id);
