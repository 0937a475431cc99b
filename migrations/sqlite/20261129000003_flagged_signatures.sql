-- Signatures from a network that signed unusually often wait for a moderator (issue 5):
-- they are stored and confirmed as usual, but not counted or listed until approved.
ALTER TABLE signatures ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
CREATE INDEX signatures_flagged ON signatures (flagged, post_slug);
