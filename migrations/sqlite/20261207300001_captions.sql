-- Live captions in the hall (issue 17): cue lines typed by a captioner or sent by a
-- speech-to-text engine, per language. Each cue is also a `caption` update in hall_updates
-- (what streams carry and replay); these rows are what the WebVTT tracks are made of.

-- One row per cue. segment: the segment live when it was sent (NULL: none was). at_ms:
-- when it was first sent (Unix milliseconds); a correction replaces body, keeps at_ms.
CREATE TABLE caption_cues (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_slug TEXT NOT NULL,
    segment    TEXT,
    lang       TEXT NOT NULL,
    body       TEXT NOT NULL,
    at_ms      INTEGER NOT NULL
);
CREATE INDEX caption_cues_event ON caption_cues (event_slug, lang, id);

-- The bearer token a speech-to-text engine sends cues with, one per event, stored as its
-- SHA-256 (hex): the token itself is shown once, when an organiser sets it.
CREATE TABLE caption_ingest (
    event_slug TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL,
    set_at     INTEGER NOT NULL
);
