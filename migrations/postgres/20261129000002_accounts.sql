-- The organisers' area (issue 5): accounts, sessions, one-time password links, audit log.

CREATE TABLE users (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    -- owner | editor | chapter-editor | moderator
    role             TEXT NOT NULL,
    -- The chapter of a chapter editor; NULL for the other roles.
    chapter          TEXT,
    -- Argon2id PHC string; NULL until the person has set a password.
    password_hash    TEXT,
    -- Base32 TOTP secret; used once totp_enabled = 1.
    totp_secret      TEXT,
    totp_enabled     BIGINT NOT NULL DEFAULT 0,
    -- The last TOTP time step accepted (a code works once).
    totp_last_step   BIGINT NOT NULL DEFAULT 0,
    disabled         BIGINT NOT NULL DEFAULT 0,
    failed_logins    BIGINT NOT NULL DEFAULT 0,
    locked_until     BIGINT NOT NULL DEFAULT 0,
    created_at       BIGINT NOT NULL
);

-- Recovery codes for TOTP, stored as SHA-256 hashes; each works once.
CREATE TABLE recovery_codes (
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- Sessions: the cookie holds a random token, the table its SHA-256.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    -- 1 once the second factor was given (or none is needed).
    verified     BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One-time links to set a password (first login, reset); the table holds their SHA-256.
CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);

-- Every change made in the organisers' area. The application only ever inserts here.
CREATE TABLE audit_log (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       BIGINT NOT NULL,
    -- NULL for the command line.
    user_id  BIGINT,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL,
    before   TEXT,
    after    TEXT
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
