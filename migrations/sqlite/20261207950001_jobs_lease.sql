-- Jobs by lease expiry (bench/broadcast-under-load.sh, issue 16): every claim first parks
-- the waiting jobs whose last lease ran out. Without this index that statement read every
-- job without a unique key, on SQLite through the unique index, where every job ever run
-- sits: 8 ms a claim with 20,000 broadcast jobs waiting, 30 ms with 60,000 more done, the
-- most of the server's CPU time per message sent. With it, only the expired leases are read.
CREATE INDEX jobs_lease ON jobs (state, lease_expires_at);
