-- Publications (issue 4): kinds, posts, the search index, and signatures of open letters.

-- Kinds of post, in the order of post-kinds.toml; content::PostKind as JSON.
CREATE TABLE post_kinds (
    slug     TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    data     TEXT NOT NULL
);

-- Posts; content::Post as JSON. `published_at`: Unix seconds of the start of its day (UTC).
CREATE TABLE posts (
    slug         TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    data         TEXT NOT NULL
);
CREATE INDEX posts_by_date ON posts (published_at);

-- One row per language version of every post and event. Text is normalised by the
-- application (search::normalize) before it is written and before it is searched, so the
-- same folding applies on SQLite and PostgreSQL; the 'simple' configuration only lowercases.
CREATE TABLE search_index (
    doc_kind     TEXT NOT NULL,
    slug         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    document     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
    ) STORED
);
CREATE INDEX search_index_document ON search_index USING GIN (document);

-- Signatures of open letters. Only confirmed ones count; a withdrawn signature is deleted.
CREATE TABLE signatures (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_slug          TEXT NOT NULL,
    email              TEXT NOT NULL,
    email_key          TEXT NOT NULL,
    name               TEXT NOT NULL,
    country            TEXT NOT NULL,
    organisation       TEXT,
    -- 1: the name may be listed publicly.
    show_name          BIGINT NOT NULL,
    lang               TEXT NOT NULL,
    -- pending | confirmed
    status             TEXT NOT NULL,
    created_at         BIGINT NOT NULL,
    confirmed_at       BIGINT,
    confirm_nonce      TEXT,
    confirm_expires_at BIGINT,
    access_nonce       TEXT NOT NULL,
    last_mail_at       BIGINT NOT NULL,
    UNIQUE (post_slug, email_key)
);
CREATE INDEX signatures_public ON signatures (post_slug, status, confirmed_at);

-- The outbox now carries mail about a registration or about a signature.
ALTER TABLE outbox ALTER COLUMN registration_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN signature_id BIGINT REFERENCES signatures (id) ON DELETE CASCADE;
ALTER TABLE outbox ADD CONSTRAINT outbox_one_subject
    CHECK ((registration_id IS NULL) <> (signature_id IS NULL));
