-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The audit trail (Issue 9): who did what and when, each entry chained to the one before by SHA-256
-- (docs/decisions/0007-audit-trail.md). Rows are only ever inserted; the actor's name and role are kept as they
-- were at the time. Portable SQL (H2 now, PostgreSQL later).

CREATE TABLE audit_entry (
    sequence_number BIGINT        NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_uuid      UUID          NOT NULL,
    actor_name      VARCHAR(100)  NOT NULL,
    actor_role      VARCHAR(20)   NOT NULL,
    audit_action    VARCHAR(30)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    detail          VARCHAR(1000) NOT NULL,
    previous_hash   CHAR(64)      NOT NULL,
    entry_hash      CHAR(64)      NOT NULL
);
CREATE INDEX audit_entry_actor ON audit_entry (actor_uuid);
