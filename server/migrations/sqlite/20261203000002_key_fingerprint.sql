-- The fingerprint of the session key this database is used with: a keyed
-- hash of a constant under the key, never the key. The first instance to
-- start records it; an instance whose key gives another refuses to start.
-- One row at most.
CREATE TABLE key_fingerprint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
