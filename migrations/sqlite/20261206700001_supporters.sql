-- Supporters (issue 16): people who asked to hear about the campaign's next steps, by the
-- plain form or a ticked box on the registration or signature form, confirmed by a link
-- mailed to them (double opt-in). What they agreed to is kept word for word.
CREATE TABLE supporters (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL,
    -- The lower-case address: one row per address.
    email_key     TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    lang          TEXT NOT NULL,
    -- ISO 3166-1 code, when the form asked for it.
    country       TEXT,
    -- form | registration | signature
    source        TEXT NOT NULL,
    -- The consent sentence as the person saw it, in their language.
    consent_text  TEXT NOT NULL,
    consented_at  BIGINT NOT NULL,
    -- The random part of the confirmation link (with an HMAC of the server's key); NULL once
    -- confirmed.
    confirm_nonce TEXT,
    confirmed_at  BIGINT
);
CREATE INDEX supporters_confirmed ON supporters (confirmed_at);

-- A job about a supporter (their confirmation mail, a broadcast to them); erasing the
-- supporter drops it.
ALTER TABLE jobs ADD COLUMN supporter_id BIGINT REFERENCES supporters (id) ON DELETE CASCADE;
