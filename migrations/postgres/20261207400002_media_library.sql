-- The media library (issue 16): what the server knows of each upload beyond its stored
-- name. The original file name is kept (shown and searched; it is never used as a path),
-- with the kind, size, dimensions of images and the duration of video when known, and who
-- uploaded it when. Uploads from before this table have no row and show as "unknown".
CREATE TABLE media_files (
    path          TEXT PRIMARY KEY,
    original_name TEXT NOT NULL,
    kind          TEXT NOT NULL,
    bytes         BIGINT NOT NULL,
    width         BIGINT,
    height        BIGINT,
    duration_ms   BIGINT,
    uploaded_at   BIGINT NOT NULL,
    uploaded_by   TEXT NOT NULL
);
