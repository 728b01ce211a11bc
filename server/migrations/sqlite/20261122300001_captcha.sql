-- CAPTCHA challenges already answered, kept until they expire so that a
-- solution cannot be used twice. nonce_key is a keyed hash of the nonce.
CREATE TABLE captcha_uses (
    nonce_key TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE INDEX captcha_uses_by_expiry ON captcha_uses (expires_at);
