-- The online hall (issue 6): questions, votes, the live segment chosen by hand, and the log
-- of updates that Server-Sent Events replay after a reconnect.

-- One row per event with a hall: the counter that numbers its updates, and the segment an
-- organiser made live by hand (NULL: the schedule decides). Every write to the hall starts
-- by incrementing `seq` here, so updates are numbered in commit order without gaps.
CREATE TABLE hall_state (
    event_slug   TEXT PRIMARY KEY,
    seq          INTEGER NOT NULL DEFAULT 0,
    live_segment TEXT,
    live_since   INTEGER
);

-- Questions from attendees. status: pending | approved | answered | hidden.
CREATE TABLE hall_questions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_slug      TEXT NOT NULL,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'answered', 'hidden')),
    pinned          INTEGER NOT NULL DEFAULT 0,
    votes           INTEGER NOT NULL DEFAULT 0,
    asked_at        INTEGER NOT NULL
);
CREATE INDEX hall_questions_event ON hall_questions (event_slug, status);
CREATE INDEX hall_questions_asker ON hall_questions (registration_id, asked_at);

-- One vote per attendee per question.
CREATE TABLE hall_votes (
    question_id     INTEGER NOT NULL REFERENCES hall_questions (id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, registration_id)
);

-- Every update, numbered per event. audience: all | moderators | asker (moderators and the
-- attendee `asker`). payload: the update as JSON, exactly as sent.
CREATE TABLE hall_updates (
    event_slug TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    audience   TEXT NOT NULL CHECK (audience IN ('all', 'moderators', 'asker')),
    asker      INTEGER,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_slug, seq)
);
