-- How pool standings are computed per event (football's 3/1/0, difference, scored, head-to-head by default).
CREATE TABLE standing_rule (
    event_code   varchar(34) PRIMARY KEY REFERENCES event (code),
    win          integer NOT NULL CHECK (win >= 0),
    draw         integer NOT NULL CHECK (draw >= 0),
    loss         integer NOT NULL CHECK (loss >= 0),
    tie_breakers text[]  NOT NULL
);
