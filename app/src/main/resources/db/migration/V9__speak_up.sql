-- Speak up (issue 15): concerns raised anonymously by any partner organisation's staff, answered by each
-- organisation's Freedom to Speak Up guardian (docs/speak-up.md).
--
-- Nothing here can identify the person who raised a concern: no account, address, browser or time of day is
-- stored, only the date; the case's key is a random reference (not a sequence, which would tell the order of
-- submissions); the secret that opens the case is kept as a SHA-256 hash only.

-- A guardian is an account of role GUARDIAN for one organisation of one ICS, and there is one per organisation.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('ADMIN', 'ANALYST', 'ORG_LEAD', 'VIEWER', 'GUARDIAN'));
ALTER TABLE users ADD CONSTRAINT users_guardian_has_organisation
    CHECK (role <> 'GUARDIAN' OR (org_code IS NOT NULL AND icb_code IS NOT NULL));
CREATE UNIQUE INDEX users_one_guardian_per_organisation ON users (icb_code, org_code) WHERE role = 'GUARDIAN';

CREATE TABLE speak_up_cases (
    -- Random (docs/speak-up.md, "Reference and secret"): e.g. 'K7Q2-M9XP-4TDA'.
    reference   text PRIMARY KEY CHECK (reference ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    -- SHA-256 of the reference and the 130-bit secret shown once to the person who raised the concern.
    secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
    -- The organisation as the ICS's dataset named it on the day (a later dataset may rename or drop it).
    icb_code    text NOT NULL,
    org_code    text NOT NULL,
    org_name    text NOT NULL,
    sector      text NOT NULL,
    -- A place (local authority) of the ICS, or NULL when the person chose not to say.
    place_code  text,
    place_name  text,
    category    text NOT NULL CHECK (category IN
                    ('PATIENT_SAFETY', 'STAFFING_LEVELS', 'REDEPLOYMENT', 'COMPETENCY', 'BULLYING', 'OTHER')),
    -- The date only: a time of day could single a person out (who was on shift, who left the ward at 14:02).
    raised_on   date NOT NULL,
    status      text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'CLOSED')),
    -- What came of it, written by the guardian when the case is closed.
    outcome     text CHECK (outcome IS NULL OR length(outcome) BETWEEN 1 AND 2000),
    status_on   date NOT NULL,
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
);
CREATE INDEX speak_up_cases_organisation ON speak_up_cases (icb_code, org_code);
CREATE INDEX speak_up_cases_icb_raised ON speak_up_cases (icb_code, raised_on);

-- The concern itself (seq 1) and every answer and reply after it, in order.
CREATE TABLE speak_up_messages (
    reference  text NOT NULL REFERENCES speak_up_cases (reference) ON DELETE CASCADE,
    seq        int NOT NULL CHECK (seq >= 1),
    -- STAFF: the person who raised the concern (never named); GUARDIAN: the organisation's guardian.
    author     text NOT NULL CHECK (author IN ('STAFF', 'GUARDIAN')),
    -- The guardian's username on an answer (guardians are accountable for what they write); NULL for staff.
    guardian   text,
    written_on date NOT NULL,
    body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    PRIMARY KEY (reference, seq),
    CHECK ((author = 'GUARDIAN') = (guardian IS NOT NULL))
);
