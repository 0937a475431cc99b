-- Content imported from a content folder (see docs/content-format.md).
-- Nested parts of an event (segments, speakers, texts per language) are kept as one JSON
-- document per row: they are always read and replaced together, never queried piecewise.

-- Site-wide settings: a single row holding content::SiteSettings as JSON.
CREATE TABLE site_settings (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL
);

-- Regional chapters, in the order of chapters.toml.
CREATE TABLE chapters (
    slug     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    data     TEXT NOT NULL
);

-- Editions of the conference; instants are Unix seconds (UTC).
CREATE TABLE events (
    slug      TEXT PRIMARY KEY,
    starts_at INTEGER NOT NULL,
    ends_at   INTEGER NOT NULL,
    data      TEXT NOT NULL
);
CREATE INDEX events_by_start ON events (starts_at);

-- Bumped by every content change: page caches of every instance compare it to know when
-- their pages are stale.
CREATE TABLE content_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT INTO content_revision (id, revision) VALUES (1, 0);
