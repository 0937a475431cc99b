-- Publications (issue 4): kinds, posts, the search index, and signatures of open letters.

-- Kinds of post, in the order of post-kinds.toml; content::PostKind as JSON.
CREATE TABLE post_kinds (
    slug     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    data     TEXT NOT NULL
);

-- Posts; content::Post as JSON. `published_at`: Unix seconds of the start of its day (UTC).
CREATE TABLE posts (
    slug         TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    data         TEXT NOT NULL
);
CREATE INDEX posts_by_date ON posts (published_at);

-- One row per language version of every post and event. Text is normalised by the
-- application (search::normalize) before it is written and before it is searched, so the
-- same folding applies on SQLite and PostgreSQL.
CREATE VIRTUAL TABLE search_index USING fts5 (
    doc_kind UNINDEXED,
    slug UNINDEXED,
    lang UNINDEXED,
    published_at UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Signatures of open letters. Only confirmed ones count; a withdrawn signature is deleted.
CREATE TABLE signatures (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    post_slug          TEXT NOT NULL,
    email              TEXT NOT NULL,
    email_key          TEXT NOT NULL,
    name               TEXT NOT NULL,
    country            TEXT NOT NULL,
    organisation       TEXT,
    -- 1: the name may be listed publicly.
    show_name          INTEGER NOT NULL,
    lang               TEXT NOT NULL,
    -- pending | confirmed
    status             TEXT NOT NULL,
    created_at         INTEGER NOT NULL,
    confirmed_at       INTEGER,
    confirm_nonce      TEXT,
    confirm_expires_at INTEGER,
    access_nonce       TEXT NOT NULL,
    last_mail_at       INTEGER NOT NULL,
    UNIQUE (post_slug, email_key)
);
CREATE INDEX signatures_public ON signatures (post_slug, status, confirmed_at);

-- The outbox now carries mail about a registration or about a signature.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    registration_id INTEGER REFERENCES registrations (id),
    signature_id    INTEGER REFERENCES signatures (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    last_error      TEXT,
    CHECK ((registration_id IS NULL) <> (signature_id IS NULL))
);
INSERT INTO outbox_new (id, kind, registration_id, created_at, attempts, next_attempt_at, sent_at, last_error)
    SELECT id, kind, registration_id, created_at, attempts, next_attempt_at, sent_at, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
