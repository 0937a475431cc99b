-- Attendance heartbeats per run of an instance, not per window (issue 17). Renewing every
-- open window's seen_at rewrote 10,000 rows every 10 s with 10,000 attendees (a long write
-- on SQLite that held captions and questions back; dead rows on PostgreSQL). Now each run
-- of an instance renews one row, and an open window counts until the later of its own
-- seen_at (when it joined) and the last heartbeat of the run that served it: the run of its
-- instance that started last at or before it joined (an instance restarted under the same
-- name is a new run, which does not keep the previous run's windows alive).
CREATE TABLE hall_attendance_runs (
    instance   TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    seen_at    BIGINT NOT NULL,
    PRIMARY KEY (instance, started_at)
);
