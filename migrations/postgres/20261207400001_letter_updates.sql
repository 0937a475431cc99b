-- A letter's signatories who asked to hear about that letter (issue 16): the unticked box
-- "keep me informed about this letter" on the signature form, kept with the wording the
-- person saw (in their language) and when. Counted only once the signature is confirmed
-- (the address shown to be theirs); an organiser's broadcast to the letter's signatories
-- reaches these alone.
ALTER TABLE signatures ADD COLUMN updates_consent_text TEXT;
ALTER TABLE signatures ADD COLUMN updates_consented_at BIGINT;
