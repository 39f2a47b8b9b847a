-- Documents deposited by an admin: only their SHA-256 digest and metadata, also in the log entry itself. Insert-only.
CREATE TABLE depository_document (
    index        bigint PRIMARY KEY REFERENCES depository_entry (index),
    title        text NOT NULL,
    sha256       bytea NOT NULL CHECK (length(sha256) = 32),
    media_type   text NOT NULL,
    signed_at    timestamptz,
    parties      text NOT NULL,
    deposited_at timestamptz NOT NULL
);
