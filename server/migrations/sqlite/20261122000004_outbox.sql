-- Demonstration mode only: messages kept instead of sent, bodies (and so
-- one-time codes) in clear, for the /dev/outbox page. Outside demo mode
-- nothing is ever written here.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
