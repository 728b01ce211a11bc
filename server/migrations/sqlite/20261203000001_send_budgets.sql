-- Code sends are counted per budget: a keyed hash naming whose budget it
-- is (the typed user name for a reset, the signed-in account for
-- registration). A made-up reset counts exactly as a real one does, and
-- no budget is shared between accounts through an address they both use.
DROP TABLE code_sends;
CREATE TABLE code_sends (
    id INTEGER PRIMARY KEY,
    budget_key TEXT NOT NULL,
    sent_at INTEGER NOT NULL
);
CREATE INDEX code_sends_by_budget ON code_sends (budget_key, sent_at);

-- A made-up reset keeps a code row like a real one (a hash nothing
-- matches), so its lifetime and tries follow the same rules: no user.
CREATE TABLE verification_codes_new (
    id INTEGER PRIMARY KEY,
    flow_key TEXT NOT NULL,
    purpose TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    destination TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    wrong_tries INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'live' CHECK (state IN ('live', 'used', 'voided', 'dead'))
);
INSERT INTO verification_codes_new SELECT id, flow_key, purpose, user_id, channel, destination,
    code_hash, created_at, expires_at, wrong_tries, state FROM verification_codes;
DROP TABLE verification_codes;
ALTER TABLE verification_codes_new RENAME TO verification_codes;
CREATE INDEX verification_codes_by_flow ON verification_codes (flow_key, purpose);
CREATE INDEX verification_codes_by_expiry ON verification_codes (expires_at);

ALTER TABLE reset_flows DROP COLUMN decoy_tries;
