-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Signed protocols as the representatives signed them: the PDF itself with its SHA-256, and the minutes version it
-- was made from. That version can no longer change: the store refuses saves of a minutes version that has a signed
-- protocol (corrections go into a new version). Portable SQL (H2 now, PostgreSQL later).

CREATE TABLE signed_protocol (
    uuid          UUID         NOT NULL PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    minutes_uuid  UUID         NOT NULL,
    original      VARCHAR(2)   NOT NULL CHECK (original IN ('CN', 'KG')),
    signatures    INTEGER      NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    pdf           VARBINARY(268435456) NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signed_protocol_meeting ON signed_protocol (meeting_id);
CREATE INDEX signed_protocol_minutes ON signed_protocol (minutes_uuid);

-- Certificates the archive trusts when verifying signed protocols: the counterpart's own, or a CA's, imported by a
-- user. Identified by the SHA-256 of their DER encoding.
CREATE TABLE trusted_certificate (
    sha256    VARCHAR(64)    NOT NULL PRIMARY KEY,
    der       VARBINARY(65536) NOT NULL,
    subject   VARCHAR(1000)  NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
