-- Live results (module live): the stream of GET /api/live.
-- Results transactions write what changed into live_pending, in the same transaction as the result itself, so an
-- acknowledged result always reaches the stream. A single publisher per cluster (advisory lock) takes pending rows
-- in order, coalesces a unit's non-final updates and appends what it publishes to live_update with the next id:
-- ids are assigned and committed one publisher transaction after the other, so visible ids never have gaps.
create table live_pending (
    seq         bigserial primary key,
    name        varchar(16)  not null,
    event_code  varchar(64),
    unit_code   varchar(64),
    status      varchar(16),
    nocs        varchar(512) not null default '',
    data        text         not null,
    created_at  timestamptz  not null
);

create table live_update (
    id           bigint primary key,
    name         varchar(16)  not null,
    event_code   varchar(64),
    unit_code    varchar(64),
    nocs         varchar(512) not null default '',
    data         text         not null,
    published_at timestamptz  not null
);

-- The medal table as last pushed, so that a medals update carries exactly the rows that changed.
create table live_medal_row (
    noc     varchar(16) primary key,
    rank    integer not null,
    gold    integer not null,
    silver  integer not null,
    bronze  integer not null,
    total   integer not null
);
