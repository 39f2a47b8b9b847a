-- Travel: the GTFS feeds imported for journey planning, kept whole so that the timetable is rebuilt on restart.
CREATE TABLE travel_feed (
    id          text PRIMARY KEY,
    content     bytea NOT NULL,
    stops       integer NOT NULL,
    routes      integer NOT NULL,
    trips       integer NOT NULL,
    imported_at timestamptz NOT NULL
);
