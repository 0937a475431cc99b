-- Polls in the hall (issue 17): prepared by moderators for a segment, opened, closed and kept
-- with their results. Votes are rows, so an instance dying loses none.

-- One row per poll. status: draft | open | closed. texts: JSON, per language its question
-- and options ({"en": {"question": "…", "options": ["…", "…"]}, …}); every language has
-- the same number of options, `option_count`. counts_pending: 1 when votes changed since
-- the last counts update in hall_updates (written at counts_at, Unix milliseconds): votes
-- write at most about one counts update a second, the hall's tick writes the rest.
CREATE TABLE hall_polls (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    event_slug     TEXT NOT NULL,
    segment        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    texts          TEXT NOT NULL,
    option_count   INTEGER NOT NULL CHECK (option_count BETWEEN 2 AND 8),
    created_at     INTEGER NOT NULL,
    opened_at      INTEGER,
    closed_at      INTEGER,
    counts_pending INTEGER NOT NULL DEFAULT 0,
    counts_at      INTEGER
);
CREATE INDEX hall_polls_event ON hall_polls (event_slug, id);
CREATE INDEX hall_polls_pending ON hall_polls (counts_pending) WHERE counts_pending = 1;

-- The count of each option (0-based position), kept with every vote.
CREATE TABLE hall_poll_counts (
    poll_id  INTEGER NOT NULL REFERENCES hall_polls (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    votes    INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    PRIMARY KEY (poll_id, position)
);

-- One vote per registration per poll: the primary key is the guarantee. Changing a vote
-- updates the row.
CREATE TABLE hall_poll_votes (
    poll_id         INTEGER NOT NULL REFERENCES hall_polls (id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    voted_at        INTEGER NOT NULL,
    PRIMARY KEY (poll_id, registration_id),
    FOREIGN KEY (poll_id, position) REFERENCES hall_poll_counts (poll_id, position)
);
