-- Registration with limited places (issue 3).

-- One row per event: the place counter. Every change of `held` happens in a statement that
-- writes this row first, so the row's write lock serialises place-taking on SQLite and on
-- PostgreSQL alike: two confirmations can never both take the last place.
CREATE TABLE event_places (
    event_slug    TEXT PRIMARY KEY,
    -- NULL: unlimited.
    capacity      INTEGER,
    -- Places held by confirmed registrations and by open offers.
    held          INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    -- The next waitlist position to hand out (waitlist order = order of confirmation).
    waitlist_next INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE registrations (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    event_slug        TEXT NOT NULL,
    -- The address as given (for mail) and its lowercase form (the natural key).
    email             TEXT NOT NULL,
    email_key         TEXT NOT NULL,
    name              TEXT NOT NULL,
    country           TEXT NOT NULL,
    lang              TEXT NOT NULL,
    -- The attendee's time zone, for times in their mail.
    time_zone         TEXT NOT NULL,
    -- pending | confirmed | waitlisted | offered | cancelled | expired
    status            TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    confirmed_at      INTEGER,
    waitlist_position INTEGER,
    offer_expires_at  INTEGER,
    -- Random parts of the confirmation and personal links. A link also carries an HMAC
    -- made with the server's secret key, so these columns alone do not open anything.
    confirm_nonce     TEXT,
    confirm_expires_at INTEGER,
    access_nonce      TEXT NOT NULL,
    last_mail_at      INTEGER NOT NULL,
    UNIQUE (event_slug, email_key)
);
CREATE INDEX registrations_waitlist ON registrations (event_slug, status, waitlist_position);

-- Mail to send, written in the same transaction as the change it follows from and
-- delivered by the mail worker with retries.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    -- confirm | confirmed | waitlisted | offer | cancelled | expired | already-registered
    kind            TEXT NOT NULL,
    registration_id INTEGER NOT NULL REFERENCES registrations (id),
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Reminders already queued: the primary key makes each (registration, offset) happen once,
-- however often the job runs and across restarts.
CREATE TABLE reminders (
    registration_id INTEGER NOT NULL REFERENCES registrations (id),
    offset_minutes  INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (registration_id, offset_minutes)
);
