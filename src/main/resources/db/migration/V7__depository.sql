-- Trusted depository: an append-only RFC 6962 log. Entries and subtree hashes are only ever inserted.
CREATE TABLE depository_entry (
    index       bigint PRIMARY KEY CHECK (index >= 0),
    entry       bytea NOT NULL,
    leaf_hash   bytea NOT NULL CHECK (length(leaf_hash) = 32),
    appended_at timestamptz NOT NULL
);

-- Lets a notarisation that is delivered twice find the entry it already appended.
CREATE INDEX depository_entry_leaf_hash ON depository_entry (leaf_hash);

-- The hash of every complete, aligned subtree (level 0 = leaf hashes), written once when its last leaf arrives.
CREATE TABLE depository_subtree (
    level int NOT NULL CHECK (level BETWEEN 0 AND 62),
    idx   bigint NOT NULL CHECK (idx >= 0),
    hash  bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Signed checkpoints: at most one per tree size, so the log can never sign two different roots for one size.
CREATE TABLE depository_checkpoint (
    tree_size bigint PRIMARY KEY CHECK (tree_size >= 0),
    root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
    note      text NOT NULL,
    signed_at timestamptz NOT NULL
);

-- The log's signing key when none is configured: generated once, so that it survives restarts.
CREATE TABLE depository_key (
    id     int PRIMARY KEY CHECK (id = 1),
    signer text NOT NULL
);
