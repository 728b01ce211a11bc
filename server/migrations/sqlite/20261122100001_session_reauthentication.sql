-- When the session's user last proved their password: at sign-in, and
-- again before changing security info. NULL means at sign-in (created_at).
ALTER TABLE sessions ADD COLUMN authenticated_at INTEGER;
