-- Ticketing. The inventory of a session (its seat map, categories and prices) is a deterministic function of the
-- Games data (venue capacity and disciplines, the session's units), so only what changes is stored: orders and the
-- tickets that hold or sell seats. A seat is taken while a ticket in state HELD or VALID names it.

CREATE TABLE ticket_order (
    id               uuid PRIMARY KEY,
    account          text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_hash     bytea       NOT NULL,
    session_code     varchar(34) NOT NULL,
    category         varchar(8)  NOT NULL,
    quantity         int         NOT NULL CHECK (quantity BETWEEN 1 AND 100),
    amount           numeric(12, 2) NOT NULL,
    -- PAYING (seats held, payment asked), PAID (tickets valid), FAILED (declined, seats released),
    -- EXPIRED (hold expired unpaid), REFUNDED, REJECTED (sold out / a limit: nothing held; kept for idempotent replay)
    state            text        NOT NULL CHECK (state IN ('PAYING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'REJECTED')),
    problem          text,
    hold_expires_at  timestamptz NOT NULL,
    payment_ref      text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (account, idempotency_key)
);
CREATE INDEX ticket_order_paying ON ticket_order (hold_expires_at) WHERE state = 'PAYING';
CREATE INDEX ticket_order_account ON ticket_order (account, created_at);

CREATE TABLE ticket (
    id            uuid PRIMARY KEY,
    order_id      uuid        NOT NULL REFERENCES ticket_order (id),
    account       text        NOT NULL,
    session_code  varchar(34) NOT NULL,
    category      varchar(8)  NOT NULL,
    seat_no       int         NOT NULL CHECK (seat_no >= 0),
    seat_label    text        NOT NULL,
    holder_name   text        NOT NULL,
    -- HMAC-SHA256 of the normalised ID (type and number) under the configured secret; the number is never stored
    holder_hash   bytea       NOT NULL,
    holder_last4  varchar(4)  NOT NULL,
    id_type       text        NOT NULL,
    -- HELD (order being paid), VALID (issued), RELEASED (hold given back), REVOKED (refunded or transferred)
    state         text        NOT NULL CHECK (state IN ('HELD', 'VALID', 'RELEASED', 'REVOKED')),
    qr            text,
    kid           text,
    replaced_from uuid,
    created_at    timestamptz NOT NULL
);
-- No seat sold twice and one ticket per ID per session, whatever the application does.
CREATE UNIQUE INDEX ticket_seat_taken ON ticket (session_code, seat_no) WHERE state IN ('HELD', 'VALID');
CREATE UNIQUE INDEX ticket_holder_once ON ticket (session_code, holder_hash) WHERE state IN ('HELD', 'VALID');
CREATE INDEX ticket_by_order ON ticket (order_id);
CREATE INDEX ticket_account ON ticket (account, session_code) WHERE state IN ('HELD', 'VALID');
CREATE INDEX ticket_valid_kid ON ticket (kid) WHERE state = 'VALID';

-- Ed25519 keys that sign e-tickets. The newest active key signs; retired keys stay published while tickets they
-- signed may still be valid (until the last session they signed for has ended).
CREATE TABLE ticket_signing_key (
    kid          text PRIMARY KEY,
    private_key  bytea       NOT NULL CHECK (length(private_key) = 32),
    public_key   bytea       NOT NULL CHECK (length(public_key) = 32),
    created_at   timestamptz NOT NULL,
    retired_at   timestamptz
);

-- Secrets generated on first start when none is configured (demo): the ID hashing key and the payment callback key.
CREATE TABLE ticketing_secret (
    name   text PRIMARY KEY,
    secret bytea NOT NULL
);
