-- The Games clock's offset from system time, shared by every node.
CREATE TABLE games_clock (
    id         integer PRIMARY KEY CHECK (id = 1),
    offset_ms  bigint      NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE app_user (
    username      varchar(32) PRIMARY KEY,
    password_hash text        NOT NULL,
    display_name  text        NOT NULL,
    roles         text[]      NOT NULL,
    venues        text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens for machine clients: only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    token_hash char(64) PRIMARY KEY,
    username   varchar(32) NOT NULL REFERENCES app_user (username),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_token_username ON api_token (username);
