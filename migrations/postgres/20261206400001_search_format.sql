-- The format the search index was written in (storage::posts::SEARCH_FORMAT). Indexes
-- written before this table existed hold folded words only (format 1); the server rebuilds
-- them from the stored content at start.
CREATE TABLE search_format (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO search_format (id, version) VALUES (1, 1);
