-- Sign-in attempts counted against the guessing limits. user_key is a
-- keyed hash of the typed user name (unknown names are counted too),
-- address_key a keyed hash of the client's network. A correct password
-- deletes the account's rows: the limits are on misses in a row.
CREATE TABLE sign_in_attempts (
    id INTEGER PRIMARY KEY,
    user_key TEXT NOT NULL,
    address_key TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX sign_in_attempts_by_user ON sign_in_attempts (user_key, at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (address_key, at);
