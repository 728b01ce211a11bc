-- The language notices to a user are written in (a tag such as `pt-BR`):
-- the last one they used the portal in, or one set by an administrator.
ALTER TABLE users ADD COLUMN preferred_language TEXT;
