-- Mail from organisers to people (issue 16): a broadcast is written once, queued as one
-- job per recipient in the same transaction, and sent by the job workers.
CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   BIGINT NOT NULL,
    -- Who sent it (the account, and its address at the time for the record).
    user_id      BIGINT REFERENCES users (id),
    actor        TEXT NOT NULL,
    -- Whom it was for, as JSON (the serde form of `broadcast::Audience`).
    audience     TEXT NOT NULL,
    -- Subject and Markdown body per language, as JSON.
    texts        TEXT NOT NULL,
    -- How many messages were queued.
    recipients   BIGINT NOT NULL
);

-- Each recipient's job names its broadcast, so progress is a count of the jobs by state.
ALTER TABLE jobs ADD COLUMN broadcast_id BIGINT REFERENCES broadcasts (id);
CREATE INDEX jobs_broadcast ON jobs (broadcast_id, state);

-- Addresses that asked for no more broadcasts. `address_hash` is an HMAC of the lower-case
-- address under the server's key: the address itself is not kept.
CREATE TABLE unsubscribes (
    address_hash TEXT PRIMARY KEY,
    at           BIGINT NOT NULL
);

-- Owners may always send; an editor only when given this.
ALTER TABLE users ADD COLUMN may_send_mail INTEGER NOT NULL DEFAULT 0;
