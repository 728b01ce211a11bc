-- Branding administrators use the branding studio. SQLite cannot change
-- a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE user_roles_new (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('global-administrator', 'password-administrator',
        'user-administrator', 'branding-administrator', 'other-privileged')),
    PRIMARY KEY (user_id, role)
);
INSERT INTO user_roles_new (user_id, role) SELECT user_id, role FROM user_roles;
DROP TABLE user_roles;
ALTER TABLE user_roles_new RENAME TO user_roles;
