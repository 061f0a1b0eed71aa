-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The Art. 4 registers. Information received from a side may not be made public or given to a third party without
-- the providing side's written consent: the archive records what came from whom (information_item, with links to
-- the agenda items and clauses of the minutes that use it) and the consents given (consent, with its scope by
-- category or by item). Links and scopes refer by UUID: agenda and pair rows are rewritten on saves, their UUIDs stay.
-- Portable SQL (H2 now, PostgreSQL later).

CREATE TABLE information_item (
    uuid            UUID            NOT NULL PRIMARY KEY,
    category        VARCHAR(30)     NOT NULL,
    providing_side  VARCHAR(2)      NOT NULL CHECK (providing_side IN ('CN', 'KG')),
    received_on     DATE            NOT NULL,
    channel         VARCHAR(20)     NOT NULL,
    text_zh         VARCHAR(100000) NOT NULL,
    text_ru         VARCHAR(100000) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What uses an item: an agenda item or a clause (aligned pair) of some meeting's minutes.
CREATE TABLE information_item_link (
    item_uuid    UUID        NOT NULL REFERENCES information_item (uuid) ON DELETE CASCADE,
    target_kind  VARCHAR(20) NOT NULL CHECK (target_kind IN ('AGENDA_ITEM', 'CLAUSE')),
    target_uuid  UUID        NOT NULL,
    PRIMARY KEY (item_uuid, target_kind, target_uuid)
);
CREATE INDEX information_item_link_target ON information_item_link (target_uuid);

CREATE TABLE consent (
    uuid            UUID          NOT NULL PRIMARY KEY,
    providing_side  VARCHAR(2)    NOT NULL CHECK (providing_side IN ('CN', 'KG')),
    given_on        DATE          NOT NULL,
    reference       VARCHAR(500)  NOT NULL,
    third_party     VARCHAR(500)  NOT NULL,
    valid_until     DATE,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A consent covers whole categories, single items, or both.
CREATE TABLE consent_category (
    consent_uuid  UUID        NOT NULL REFERENCES consent (uuid) ON DELETE CASCADE,
    category      VARCHAR(30) NOT NULL,
    PRIMARY KEY (consent_uuid, category)
);

CREATE TABLE consent_item (
    consent_uuid  UUID NOT NULL REFERENCES consent (uuid) ON DELETE CASCADE,
    item_uuid     UUID NOT NULL,
    PRIMARY KEY (consent_uuid, item_uuid)
);
