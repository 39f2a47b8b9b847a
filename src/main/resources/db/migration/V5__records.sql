-- Games data: the Games, Asian and world records standing before the Games (from the dataset).
CREATE TABLE record_baseline (
    event_code varchar(34) NOT NULL REFERENCES event (code),
    type       char(2)     NOT NULL CHECK (type IN ('GR', 'AR', 'WR')),
    mark       text        NOT NULL,
    holder     text,
    noc        text,
    set_on     date,
    place      text,
    PRIMARY KEY (event_code, type)
);

-- Results: records set at these Games by official results. A correction of the unit withdraws its records.
CREATE TABLE record_set (
    id              bigserial PRIMARY KEY,
    event_code      varchar(34) NOT NULL REFERENCES event (code),
    type            char(2)     NOT NULL CHECK (type IN ('GR', 'AR', 'WR')),
    mark            text        NOT NULL,
    competitor_code varchar(34) NOT NULL REFERENCES competitor (code),
    noc_code        varchar(34) NOT NULL REFERENCES noc (code),
    unit_code       varchar(34) NOT NULL REFERENCES competition_unit (code),
    revision        integer     NOT NULL,
    set_at          timestamptz NOT NULL,
    withdrawn_at    timestamptz
);
CREATE INDEX record_set_event ON record_set (event_code, type) WHERE withdrawn_at IS NULL;
