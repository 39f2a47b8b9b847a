-- Media partner push (ODF style): the partners, a copy of every live update they may fetch again (resend), and each
-- partner's durable delivery queue (outbox). Retry and lease times are the database's real time (clock_timestamp()),
-- shared by every node and unaffected by moving the Games clock.
CREATE TABLE media_partner (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    endpoint          text NOT NULL,
    events            text[] NOT NULL DEFAULT '{}',
    units             text[] NOT NULL DEFAULT '{}',
    nocs              text[] NOT NULL DEFAULT '{}',
    -- SHA-256 (hex) of the API key; the key itself is shown once, at registration or rotation.
    key_hash          text NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    enabled           boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL,
    last_delivered_id bigint,
    last_delivered_at timestamptz,
    -- Consecutive failed attempts of the head of the queue; a 2xx resets it.
    failed_attempts   int NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    last_error        text,
    last_error_at     timestamptz,
    -- The node delivering to this partner, until lease_until; one node at a time.
    lease_owner       text,
    lease_until       timestamptz
);

CREATE TABLE media_update (
    id           bigint PRIMARY KEY,
    name         text NOT NULL,
    event_code   text,
    unit_code    text,
    nocs         text[] NOT NULL DEFAULT '{}',
    data         text NOT NULL,
    published_at timestamptz NOT NULL,
    -- The Games-local (Asia/Shanghai) day of published_at, for resend by day.
    games_day    date NOT NULL
);

CREATE INDEX media_update_unit ON media_update (unit_code, id);
CREATE INDEX media_update_day ON media_update (games_day, id);

-- One row per update still to deliver to a partner, deleted when the partner acknowledges it with a 2xx.
CREATE TABLE media_delivery (
    partner_id  bigint NOT NULL REFERENCES media_partner (id),
    update_id   bigint NOT NULL REFERENCES media_update (id),
    enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (partner_id, update_id)
);
