-- Venue operations: who is inside (one row per ticket), every gate scan, double entries found when offline gates
-- sync, and capacity alerts. Ticket, session and venue codes are those of the signed e-ticket; no foreign keys to
-- ticketing, which owns the tickets.

-- One row per ticket that has ever been admitted. Admitting is a conditional upsert on this row
-- (INSERT ... ON CONFLICT DO UPDATE ... WHERE NOT inside): PostgreSQL locks the row, so two gates scanning the same
-- ticket at the same instant cannot both admit it.
CREATE TABLE ticket_presence (
    ticket_id    varchar(64) PRIMARY KEY,
    session_code varchar(34) NOT NULL,
    venue_code   varchar(34) NOT NULL,
    inside       boolean     NOT NULL,
    last_gate    varchar(64) NOT NULL,
    last_scan_at timestamptz NOT NULL,
    entries      integer     NOT NULL DEFAULT 1
);
CREATE INDEX ticket_presence_inside ON ticket_presence (venue_code, session_code) WHERE inside;

-- Every scan, admitted or refused, online or synced from an offline gate. Forged payloads have no ticket.
CREATE TABLE gate_scan (
    id           bigserial PRIMARY KEY,
    venue_code   varchar(34) NOT NULL,
    gate         varchar(64) NOT NULL,
    direction    varchar(3)  NOT NULL CHECK (direction IN ('IN', 'OUT')),
    ticket_id    varchar(64),
    session_code varchar(34),
    reason       varchar(16) NOT NULL,
    admitted     boolean     NOT NULL,
    scanned_at   timestamptz NOT NULL,
    offline      boolean     NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX gate_scan_venue_time ON gate_scan (venue_code, scanned_at);

-- A ticket let in while it was already inside, found when an offline gate synced its scans.
CREATE TABLE double_entry (
    id           bigserial PRIMARY KEY,
    ticket_id    varchar(64) NOT NULL,
    session_code varchar(34) NOT NULL,
    venue_code   varchar(34) NOT NULL,
    first_gate   varchar(64) NOT NULL,
    first_at     timestamptz NOT NULL,
    second_gate  varchar(64) NOT NULL,
    second_at    timestamptz NOT NULL,
    found_at     timestamptz NOT NULL
);
CREATE INDEX double_entry_venue ON double_entry (venue_code, found_at);

-- A venue's occupancy reached a threshold (a percentage of its capacity) while admitting for a session; raised once
-- per venue, session and threshold.
CREATE TABLE capacity_alert (
    venue_code    varchar(34) NOT NULL,
    session_code  varchar(34) NOT NULL,
    threshold_pct integer     NOT NULL,
    occupancy     integer     NOT NULL,
    capacity      integer     NOT NULL,
    raised_at     timestamptz NOT NULL,
    PRIMARY KEY (venue_code, session_code, threshold_pct)
);
