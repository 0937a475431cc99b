-- Posts and events that were public and were deleted or unpublished (issue 16): their
-- addresses answer 410 Gone. Part of the content (`SiteContent::gone`), replaced with it
-- in the same transaction, exported as gone.toml.
CREATE TABLE gone (
    -- 'post' or 'event'.
    kind TEXT NOT NULL,
    slug TEXT NOT NULL,
    PRIMARY KEY (kind, slug)
);
