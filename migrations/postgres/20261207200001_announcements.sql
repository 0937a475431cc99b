-- Hall announcements kept for afterwards (issue 16): listed in the organisers' area with time
-- and author, withdrawable, written per language.
--
-- One row per announcement; id is the number (seq) of the hall update that announced it.
-- texts: JSON, per language its text ({"en": "…", "ar": "…"}); announcements made before
-- this table were written in one unknown language, kept under "und". author_name is the
-- organiser's name when they announced (kept if the account goes).
CREATE TABLE hall_announcements (
    event_slug     TEXT NOT NULL,
    id             BIGINT NOT NULL,
    texts          TEXT NOT NULL,
    author_id      BIGINT,
    author_name    TEXT,
    created_at     BIGINT NOT NULL,
    withdrawn_at   BIGINT,
    withdrawn_by   TEXT,
    PRIMARY KEY (event_slug, id)
);

INSERT INTO hall_announcements (event_slug, id, texts, created_at)
SELECT event_slug, seq, json_build_object('und', payload::json ->> 'text')::text, created_at
FROM hall_updates WHERE kind = 'announcement';
