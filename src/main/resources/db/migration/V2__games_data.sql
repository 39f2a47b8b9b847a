-- Games master data: NOCs, sports, disciplines, events, phases, units, venues, sessions, competitors.
-- Codes follow API.md: at most 34 characters from A-Z 0-9 - _.

CREATE TABLE noc (
    code    varchar(34) PRIMARY KEY,
    name_en text NOT NULL,
    name_zh text,
    region  text
);

CREATE TABLE sport (
    code    varchar(34) PRIMARY KEY,
    name_en text NOT NULL,
    name_zh text
);

CREATE TABLE discipline (
    code       varchar(34) PRIMARY KEY,
    sport_code varchar(34) NOT NULL REFERENCES sport (code),
    name_en    text NOT NULL,
    name_zh    text
);

CREATE TABLE venue (
    code               varchar(34) PRIMARY KEY,
    name_en            text    NOT NULL,
    name_zh            text,
    city               text    NOT NULL,
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    location_estimated boolean NOT NULL DEFAULT false,
    capacity           integer CHECK (capacity >= 0),
    capacity_estimated boolean NOT NULL DEFAULT false,
    disciplines        text[]  NOT NULL DEFAULT '{}'
);

CREATE TABLE event (
    code            varchar(34) PRIMARY KEY,
    discipline_code varchar(34) NOT NULL REFERENCES discipline (code),
    name_en         text        NOT NULL,
    name_zh         text,
    gender          char(1)     NOT NULL CHECK (gender IN ('M', 'W', 'X', 'O')),
    scoring         text        NOT NULL CHECK (scoring IN ('TIME', 'DISTANCE', 'HEIGHT', 'POINTS_HIGH', 'POINTS_LOW',
                                                            'JUDGED', 'HEAD_TO_HEAD', 'ROUND_ROBIN')),
    team            boolean     NOT NULL DEFAULT false
);
CREATE INDEX event_discipline ON event (discipline_code);

-- A phase of an event (heats, semi-finals, pool A, final…), identified by its ODF phase type within the event.
CREATE TABLE phase (
    event_code varchar(34) NOT NULL REFERENCES event (code),
    type       varchar(4)  NOT NULL,
    name_en    text        NOT NULL,
    name_zh    text,
    sort_order integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (event_code, type)
);

CREATE TABLE competition_unit (
    code       varchar(34) PRIMARY KEY,
    event_code varchar(34) NOT NULL,
    phase      varchar(4)  NOT NULL,
    venue_code varchar(34) NOT NULL REFERENCES venue (code),
    start_time timestamptz NOT NULL,
    end_time   timestamptz,
    name_en    text,
    name_zh    text,
    medal      text CHECK (medal IN ('GOLD', 'BRONZE', 'SEMIFINAL')),
    FOREIGN KEY (event_code, phase) REFERENCES phase (event_code, type),
    CHECK (end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX competition_unit_event ON competition_unit (event_code);
CREATE INDEX competition_unit_venue_start ON competition_unit (venue_code, start_time);
CREATE INDEX competition_unit_start ON competition_unit (start_time);

CREATE TABLE competition_session (
    code       varchar(34) PRIMARY KEY,
    venue_code varchar(34) NOT NULL REFERENCES venue (code),
    start_time timestamptz NOT NULL,
    end_time   timestamptz NOT NULL,
    name_en    text,
    name_zh    text,
    CHECK (end_time > start_time)
);
CREATE INDEX competition_session_start ON competition_session (start_time);
CREATE INDEX competition_session_venue_start ON competition_session (venue_code, start_time);

-- Every unit is held in at most one session.
CREATE TABLE session_unit (
    session_code varchar(34) NOT NULL REFERENCES competition_session (code),
    unit_code    varchar(34) NOT NULL UNIQUE REFERENCES competition_unit (code),
    PRIMARY KEY (session_code, unit_code)
);

-- Athletes and teams share one namespace: a team code is a competitor like an athlete id.
CREATE TABLE competitor (
    code     varchar(34) PRIMARY KEY,
    kind     text        NOT NULL CHECK (kind IN ('ATHLETE', 'TEAM')),
    noc_code varchar(34) NOT NULL REFERENCES noc (code),
    name     text        NOT NULL,
    gender   char(1)     NOT NULL CHECK (gender IN ('M', 'W', 'X', 'O'))
);
CREATE INDEX competitor_noc ON competitor (noc_code, kind, name);

CREATE TABLE athlete (
    code        varchar(34) PRIMARY KEY REFERENCES competitor (code),
    family_name text,
    given_name  text,
    birth_date  date
);

CREATE TABLE team (
    code       varchar(34) PRIMARY KEY REFERENCES competitor (code),
    event_code varchar(34) REFERENCES event (code)
);

CREATE TABLE team_member (
    team_code    varchar(34) NOT NULL REFERENCES team (code),
    athlete_code varchar(34) NOT NULL REFERENCES athlete (code),
    PRIMARY KEY (team_code, athlete_code)
);
CREATE INDEX team_member_athlete ON team_member (athlete_code);

-- Who is entered in which event.
CREATE TABLE entry (
    event_code      varchar(34) NOT NULL REFERENCES event (code),
    competitor_code varchar(34) NOT NULL REFERENCES competitor (code),
    PRIMARY KEY (event_code, competitor_code)
);
CREATE INDEX entry_competitor ON entry (competitor_code);

-- Datasets imported, so that a restart does not import again.
CREATE TABLE dataset_import (
    name        text PRIMARY KEY,
    imported_at timestamptz NOT NULL DEFAULT now(),
    summary     text
);

-- Ids for athletes created without one (the demo dataset's ids are below this range).
CREATE SEQUENCE athlete_id START 9000001;
