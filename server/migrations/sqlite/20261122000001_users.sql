-- Directory users of the built-in directory.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    -- As entered; lookups use upn_key, the lower-cased form.
    user_principal_name TEXT NOT NULL,
    upn_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Argon2id PHC string; never leaves the server.
    password_hash TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at INTEGER NOT NULL
);
