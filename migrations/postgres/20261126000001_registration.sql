-- Registration with limited places (issue 3).

-- One row per event: the place counter. Every change of `held` happens in a statement that
-- writes this row first, so the row's write lock serialises place-taking on SQLite and on
-- PostgreSQL alike: two confirmations can never both take the last place.
CREATE TABLE event_places (
    event_slug    TEXT PRIMARY KEY,
    -- NULL: unlimited.
    capacity      BIGINT,
    -- Places held by confirmed registrations and by open offers.
    held          BIGINT NOT NULL DEFAULT 0 CHECK (held >= 0),
    -- The next waitlist position to hand out (waitlist order = order of confirmation).
    waitlist_next BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE registrations (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    created_at        BIGINT NOT NULL,
    confirmed_at      BIGINT,
    waitlist_position BIGINT,
    offer_expires_at  BIGINT,
    -- Random parts of the confirmation and personal links. A link also carries an HMAC
    -- made with the server's secret key, so these columns alone do not open anything.
    confirm_nonce     TEXT,
    confirm_expires_at BIGINT,
    access_nonce      TEXT NOT NULL,
    last_mail_at      BIGINT NOT NULL,
    UNIQUE (event_slug, email_key)
);
CREATE INDEX registrations_waitlist ON registrations (event_slug, status, waitlist_position);

-- Mail to send, written in the same transaction as the change it follows from and
-- delivered by the mail worker with retries.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- confirm | confirmed | waitlisted | offer | cancelled | expired | already-registered
    kind            TEXT NOT NULL,
    registration_id BIGINT NOT NULL REFERENCES registrations (id),
    created_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Reminders already queued: the primary key makes each (registration, offset) happen once,
-- however often the job runs and across restarts.
CREATE TABLE reminders (
    registration_id BIGINT NOT NULL REFERENCES registrations (id),
    offset_minutes  BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (registration_id, offset_minutes)
);
