-- Accounts managed from the Accounts page (issue 14): an account can be disabled (kept, with its history in the
-- audit log, but it can no longer sign in or use a session it has), and a password reset gives a one-time
-- password that must be changed at the next sign-in. The rules are in AccessPolicy.java.
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_must_change boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN changed_at timestamptz;
