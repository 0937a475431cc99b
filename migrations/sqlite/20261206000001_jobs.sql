-- One job system for all background work (issue 12): every mail, offer expiry, reminders.
--
-- A worker claims due jobs by taking a lease (`lease_owner`, `lease_expires_at`) in one
-- `UPDATE … RETURNING`, runs them and marks them done. A worker that dies leaves its lease
-- to expire; another worker then claims the job again. `attempts` counts claims, so a job
-- that keeps failing (or keeps killing its worker) is parked as `failed` after a limit.

CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    -- What to do: mail | password-reset | expire-offers | queue-reminders
    kind             TEXT NOT NULL,
    -- The job as JSON (the serde form of `jobs::Job`); authoritative, `kind` repeats its tag
    -- for the organisers' view.
    payload          TEXT NOT NULL,
    -- Whom a mail concerns (at most one): erasing a person drops their waiting mail, and
    -- organisers list a registration's mail. Relational columns, not JSON, for both.
    registration_id  INTEGER REFERENCES registrations (id),
    signature_id     INTEGER REFERENCES signatures (id) ON DELETE CASCADE,
    -- Jobs that exist at most once (the recurring ones), whichever instance creates them.
    unique_key       TEXT UNIQUE,
    -- waiting | done | failed | skipped
    state            TEXT NOT NULL DEFAULT 'waiting',
    run_at           INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    lease_owner      TEXT,
    lease_expires_at INTEGER,
    created_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    CHECK (registration_id IS NULL OR signature_id IS NULL)
);
CREATE INDEX jobs_due ON jobs (state, run_at);
CREATE INDEX jobs_registration ON jobs (registration_id);
CREATE INDEX jobs_signature ON jobs (signature_id);

-- The outbox becomes the `mail` kind of job: its rows move over with their ids (so a mail's
-- Message-ID, derived from the job id, stays the same), their state and their errors.
INSERT INTO jobs (id, kind, payload, registration_id, signature_id, state, run_at, attempts,
                  last_error, created_at, finished_at)
    SELECT id, 'mail', '{"job":"mail","mail":"' || kind || '"}', registration_id, signature_id,
           CASE WHEN sent_at IS NULL THEN 'waiting' ELSE 'done' END,
           next_attempt_at, attempts, last_error, created_at, sent_at
    FROM outbox;
DROP TABLE outbox;
