-- Access in one place (issue 12): an administrator role, every other account in one ICS, the audit log and
-- staff files scoped. The rules themselves are in AccessPolicy.java; the constraints below keep the data honest.

-- ADMIN runs the server: belongs to no ICS, manages every ICS's accounts. Every other account belongs to one ICS.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('ADMIN', 'ANALYST', 'ORG_LEAD', 'VIEWER'));
-- An analyst without an ICB saw every system: that is what an administrator is now.
UPDATE users SET role = 'ADMIN' WHERE role = 'ANALYST' AND icb_code IS NULL;
ALTER TABLE users ADD CONSTRAINT users_admin_has_no_icb CHECK (role <> 'ADMIN' OR icb_code IS NULL);
-- NOT VALID: a viewer or organisation lead made without an ICB before this version stays, refused at sign-in
-- until an administrator gives it one (UPDATE users SET icb_code = ... WHERE username = ...).
ALTER TABLE users ADD CONSTRAINT users_need_an_icb CHECK (role = 'ADMIN' OR icb_code IS NOT NULL) NOT VALID;

-- The ICS each audit entry concerns (NULL: the server's own, and entries made before this version), so an
-- analyst reads their own ICS's entries only. Adding a column changes no entry (the trigger refuses that).
ALTER TABLE audit_log ADD COLUMN icb_code text;
CREATE INDEX audit_log_icb ON audit_log (icb_code, id);

-- The organisations whose people a staff file holds (comma-separated): an organisation lead plans only from
-- files of their own organisation's people. NULL for files stored before: only analysts plan from those.
ALTER TABLE mutual_aid_inputs ADD COLUMN staff_orgs text;
