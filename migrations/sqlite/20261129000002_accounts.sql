-- The organisers' area (issue 5): accounts, sessions, one-time password links, audit log.

CREATE TABLE users (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
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
    totp_enabled     INTEGER NOT NULL DEFAULT 0,
    -- The last TOTP time step accepted (a code works once).
    totp_last_step   INTEGER NOT NULL DEFAULT 0,
    disabled         INTEGER NOT NULL DEFAULT 0,
    failed_logins    INTEGER NOT NULL DEFAULT 0,
    locked_until     INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL
);

-- Recovery codes for TOTP, stored as SHA-256 hashes; each works once.
CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

-- Sessions: the cookie holds a random token, the table its SHA-256.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    -- 1 once the second factor was given (or none is needed).
    verified     INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One-time links to set a password (first login, reset); the table holds their SHA-256.
CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

-- Every change made in the organisers' area. The application only ever inserts here.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       INTEGER NOT NULL,
    -- NULL for the command line.
    user_id  INTEGER,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL,
    before   TEXT,
    after    TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
