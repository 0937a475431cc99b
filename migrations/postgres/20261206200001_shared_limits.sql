-- Limits that hold across instances (issue 13): what every instance counts in one place.
-- UNLOGGED: these rows are worth nothing after a crash (a lost count only lets a few more
-- requests through), so they skip the write-ahead log and cost a sign-up almost nothing.

-- Rate-limit hits per limit, key and fixed window (site/limits.rs). `key` is an HMAC of the
-- client network or address under the server's key: no address is stored in clear. Rows of
-- windows that ended are deleted by the recurring `prune-counters` job.
CREATE UNLOGGED TABLE rate_counts (
    limit_name     TEXT NOT NULL,
    key            TEXT NOT NULL,
    -- The second the window ends (windows are aligned to multiples of their length).
    window_ends_at BIGINT NOT NULL,
    hits           BIGINT NOT NULL,
    PRIMARY KEY (limit_name, key, window_ends_at)
);

-- Instances serving hall streams, each alive until `alive_until` (renewed on every hall tick;
-- an instance that died stops renewing, and its windows stop counting when it runs out).
CREATE UNLOGGED TABLE hall_instances (
    instance    TEXT PRIMARY KEY,
    alive_until BIGINT NOT NULL
);

-- Open hall windows (update streams) per registration: at most five slots each, so the
-- primary key is the cap. A slot is free when no row holds it or its instance is no longer
-- alive; `token` tells this window's row from a later one in the same slot.
CREATE UNLOGGED TABLE hall_windows (
    registration_id BIGINT NOT NULL,
    slot            INTEGER NOT NULL,
    instance        TEXT NOT NULL,
    token           TEXT NOT NULL,
    PRIMARY KEY (registration_id, slot)
);
CREATE INDEX hall_windows_instance ON hall_windows (instance);
