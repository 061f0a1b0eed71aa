-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The users of the archive (Issue 9). Each has a key slot of their own in the archive's header (huiwu-archive.properties):
-- the slot that opens the archive says who is working. A removed user keeps their row (the audit trail names them)
-- but loses their slot. Names are unique among the users not removed, which the store checks (a partial unique
-- index is not portable). Portable SQL (H2 now, PostgreSQL later).

CREATE TABLE archive_user (
    uuid          UUID          NOT NULL PRIMARY KEY,
    user_name     VARCHAR(100)  NOT NULL,
    user_role     VARCHAR(20)   NOT NULL CHECK (user_role IN ('REPRESENTATIVE', 'DEPUTY', 'ASSISTANT', 'ADMINISTRATOR')),
    key_slot      INTEGER       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX archive_user_slot ON archive_user (key_slot);
