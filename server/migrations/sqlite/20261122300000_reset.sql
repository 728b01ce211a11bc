-- Password resets in progress and the budgets that limit them.

-- A reset between pages. key_hash is the keyed hash of the browser's
-- cookie; user_key a keyed hash of the typed user id, so that budgets
-- hold for unknown ids too; user_id is NULL when no such user exists.
-- state is the domain's ResetFlow as JSON (no secrets). decoy_tries
-- counts codes typed for a gate that cannot be passed; decoy_masks holds
-- the made-up masked destinations a decoy flow shows (JSON).
CREATE TABLE reset_flows (
    key_hash TEXT PRIMARY KEY,
    user_key TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    notice TEXT,
    decoy_masks TEXT,
    decoy_tries INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX reset_flows_by_expiry ON reset_flows (expires_at);

-- One row per gate attempt (a code sent, questions asked) and per failed
-- verification; address_key is a keyed hash of the client address.
CREATE TABLE reset_attempts (
    id INTEGER PRIMARY KEY,
    user_key TEXT NOT NULL,
    method TEXT NOT NULL,
    address_key TEXT NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
    at INTEGER NOT NULL
);
CREATE INDEX reset_attempts_by_user ON reset_attempts (user_key, method, at);
CREATE INDEX reset_attempts_by_address ON reset_attempts (address_key, at);

-- Accounts blocked from self-service reset until a time.
CREATE TABLE reset_blocks (
    user_key TEXT PRIMARY KEY,
    until INTEGER NOT NULL
);
