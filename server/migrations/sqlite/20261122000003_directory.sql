-- The directory model: contact fields, user type, licensing, where the
-- password is managed, roles, groups, security info, the SSPR policy and
-- the audit log. SQLite cannot change a column's type, so users is
-- rebuilt; sessions are dropped with it (users sign in again). Flags are
-- INTEGER 0/1 here and BOOLEAN on PostgreSQL; queries read them through
-- CAST(flag AS INTEGER), which both backends answer alike.
CREATE TABLE users_v3 (
    id INTEGER PRIMARY KEY,
    user_principal_name TEXT NOT NULL,
    -- Lookups use upn_key, the lower-cased name.
    upn_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    primary_email TEXT,
    alternate_email TEXT,
    -- Public directory phones, E.164. Office phone is set by administrators only.
    mobile_phone TEXT,
    office_phone TEXT,
    user_type TEXT NOT NULL DEFAULT 'member' CHECK (user_type IN ('member', 'guest')),
    licensed INTEGER NOT NULL DEFAULT 1 CHECK (licensed IN (0, 1)),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    password_managed TEXT NOT NULL DEFAULT 'cloud'
        CHECK (password_managed IN ('cloud', 'on_premises')),
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    -- Argon2id PHC string, never shown anywhere; NULL until a password is set.
    password_hash TEXT,
    created_at INTEGER NOT NULL
);
INSERT INTO users_v3 (id, user_principal_name, upn_key, display_name, enabled, password_hash, created_at)
    SELECT id, user_principal_name, upn_key, display_name, enabled, password_hash, created_at FROM users;
DROP TABLE sessions;
DROP TABLE users;
ALTER TABLE users_v3 RENAME TO users;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('global-administrator', 'password-administrator',
        'user-administrator', 'other-privileged')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE directory_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES directory_groups (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_by_user ON group_members (user_id);

-- Registered authentication data: private to the user and administrators.
CREATE TABLE security_info (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    authentication_phone TEXT,
    authentication_email TEXT,
    registered_at INTEGER,
    last_confirmed_at INTEGER,
    prompt_dismissals INTEGER NOT NULL DEFAULT 0,
    last_dismissed_at INTEGER
);

-- One row per answered question; only a salted Argon2id hash of the
-- normalized answer is kept.
CREATE TABLE security_answers (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    predefined_question TEXT,
    custom_question TEXT,
    answer_hash TEXT NOT NULL,
    PRIMARY KEY (user_id, position),
    UNIQUE (user_id, predefined_question),
    UNIQUE (user_id, custom_question),
    CHECK ((predefined_question IS NULL) <> (custom_question IS NULL))
);

-- The one SSPR policy, as its validated JSON document.
CREATE TABLE sspr_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

-- Who did what, when, with which outcome, from where. Never secrets.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    outcome TEXT NOT NULL,
    source_ip TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (occurred_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
