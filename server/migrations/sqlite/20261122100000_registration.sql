-- Registration in progress, one-time codes and their send budgets.

-- A wizard between pages. key_hash is the keyed hash of the browser's
-- cookie; state is the domain's RegistrationFlow as JSON (no secrets);
-- answer_hashes holds the Argon2id hashes of answers not yet saved.
CREATE TABLE registration_flows (
    key_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    answer_hashes TEXT,
    notice TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX registration_flows_by_user ON registration_flows (user_id);
CREATE INDEX registration_flows_by_expiry ON registration_flows (expires_at);

-- Only a keyed hash of each code is kept. A code belongs to one flow and
-- one purpose; state moves live -> used | voided | dead, never back.
CREATE TABLE verification_codes (
    id INTEGER PRIMARY KEY,
    flow_key TEXT NOT NULL,
    purpose TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    destination TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    wrong_tries INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'live' CHECK (state IN ('live', 'used', 'voided', 'dead'))
);
CREATE INDEX verification_codes_by_flow ON verification_codes (flow_key, purpose);
CREATE INDEX verification_codes_by_expiry ON verification_codes (expires_at);

-- One row per code sent, for budgets that hold across instances and
-- restarts. destination_key is a keyed hash of the address or number.
CREATE TABLE code_sends (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    destination_key TEXT NOT NULL,
    sent_at INTEGER NOT NULL
);
CREATE INDEX code_sends_by_user ON code_sends (user_id, sent_at);
CREATE INDEX code_sends_by_destination ON code_sends (destination_key, sent_at);
