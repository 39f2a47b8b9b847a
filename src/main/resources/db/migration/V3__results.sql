-- Results: every applied message is an immutable revision; unit_result points at the latest one.

CREATE TABLE unit_result (
    unit_code     varchar(34) PRIMARY KEY REFERENCES competition_unit (code),
    status        text        NOT NULL,
    revision      integer     NOT NULL,
    last_sequence bigint      NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE result_revision (
    unit_code   varchar(34) NOT NULL REFERENCES competition_unit (code),
    revision    integer     NOT NULL CHECK (revision > 0),
    status      text        NOT NULL,
    sequence    bigint      NOT NULL,
    message_id  text        NOT NULL,
    note        text,
    correction  boolean     NOT NULL,
    applied_at  timestamptz NOT NULL,
    applied_by  text        NOT NULL,
    results     jsonb       NOT NULL,
    message     jsonb       NOT NULL,
    PRIMARY KEY (unit_code, revision)
);

-- Idempotency: a message id is answered once per unit; the same id again gets the same outcome.
CREATE TABLE result_message (
    unit_code  varchar(34) NOT NULL REFERENCES competition_unit (code),
    message_id text        NOT NULL,
    body_hash  char(64)    NOT NULL,
    revision   integer     NOT NULL,
    PRIMARY KEY (unit_code, message_id)
);

-- The medals as awarded by the latest OFFICIAL revision of each medal unit.
CREATE TABLE medal_award (
    unit_code       varchar(34) NOT NULL REFERENCES competition_unit (code),
    event_code      varchar(34) NOT NULL REFERENCES event (code),
    competitor_code varchar(34) NOT NULL REFERENCES competitor (code),
    noc_code        varchar(34) NOT NULL REFERENCES noc (code),
    medal           text        NOT NULL CHECK (medal IN ('GOLD', 'SILVER', 'BRONZE')),
    revision        integer     NOT NULL,
    PRIMARY KEY (unit_code, competitor_code)
);
CREATE INDEX medal_award_noc ON medal_award (noc_code);
CREATE INDEX medal_award_event ON medal_award (event_code);

-- Every change of the medals, for audit: what a revision awarded and withdrew.
CREATE TABLE medal_change (
    id        bigserial PRIMARY KEY,
    unit_code varchar(34) NOT NULL REFERENCES competition_unit (code),
    revision  integer     NOT NULL,
    at        timestamptz NOT NULL,
    awarded   jsonb       NOT NULL,
    withdrawn jsonb       NOT NULL
);
CREATE INDEX medal_change_unit ON medal_change (unit_code);

-- Where the trusted depository notarised an official revision (reported back by an event).
CREATE TABLE result_notarisation (
    unit_code        varchar(34) NOT NULL,
    revision         integer     NOT NULL,
    depository_index bigint      NOT NULL,
    PRIMARY KEY (unit_code, revision),
    FOREIGN KEY (unit_code, revision) REFERENCES result_revision (unit_code, revision)
);

-- Gold before silver before bronze, for listings.
CREATE FUNCTION medal_order(medal text) RETURNS integer
    IMMUTABLE LANGUAGE sql
    AS $$ SELECT CASE medal WHEN 'GOLD' THEN 1 WHEN 'SILVER' THEN 2 ELSE 3 END $$;
