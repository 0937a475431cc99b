-- Readiness (issue 11): /healthz proves the database takes a write by updating this one row.
-- A ping alone answers on a full disk; a committed update does not.
CREATE TABLE readiness_probe (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at BIGINT NOT NULL
);
INSERT INTO readiness_probe (id, checked_at) VALUES (1, 0);
