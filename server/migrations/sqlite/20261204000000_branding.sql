-- Branding: the draft the studio edits, every publication (kept, so that
-- one can be restored) and the uploaded images, named by their hash.
-- Instances poll published_version and draft_revision, one row, to know
-- when to reload.
CREATE TABLE branding_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    -- 0 until something is published.
    published_version BIGINT NOT NULL DEFAULT 0,
    draft_revision BIGINT NOT NULL DEFAULT 0,
    draft TEXT NOT NULL DEFAULT '{}',
    draft_updated_at BIGINT,
    draft_updated_by TEXT
);
INSERT INTO branding_state (id) VALUES (1);

CREATE TABLE branding_publications (
    version BIGINT PRIMARY KEY,
    document TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL,
    -- Set when this publication restores an earlier one.
    restored_from BIGINT
);

CREATE TABLE branding_assets (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
