-- How many of each pool go through to the next phase once the pool is complete.
ALTER TABLE standing_rule ADD COLUMN qualifiers integer NOT NULL DEFAULT 2 CHECK (qualifiers >= 0);
