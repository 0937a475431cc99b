-- Attendance (issue 16): when each attendee's hall windows joined and left, kept durably,
-- and the certificates of attendance organisers issued.

-- One row per hall window an attendee opened. seen_at: the last heartbeat of the instance
-- serving it (renewed every few ticks while the window is open). A window whose instance
-- died has no left_at: any instance closes it at its seen_at once that is older than the
-- heartbeat's lifetime, so it counts up to its last sign of life, never longer.
CREATE TABLE hall_attendance (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_slug      TEXT NOT NULL,
    registration_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    instance        TEXT NOT NULL,
    joined_at       BIGINT NOT NULL,
    seen_at         BIGINT NOT NULL,
    left_at         BIGINT
);
CREATE INDEX hall_attendance_event ON hall_attendance (event_slug, registration_id);
CREATE INDEX hall_attendance_open ON hall_attendance (instance) WHERE left_at IS NULL;

-- A certificate of attendance: one per registration, found by its token (random, 128 bits,
-- the verification address). minutes: attended when issued; threshold: the minimum the
-- organisers set.
CREATE TABLE attendance_certificates (
    registration_id BIGINT PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
    event_slug      TEXT NOT NULL,
    token           TEXT NOT NULL UNIQUE,
    minutes         BIGINT NOT NULL,
    threshold       BIGINT NOT NULL,
    issued_at       BIGINT NOT NULL,
    issued_by       TEXT NOT NULL
);
CREATE INDEX attendance_certificates_event ON attendance_certificates (event_slug);
