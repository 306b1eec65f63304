-- The ICS lead (issue 14): the ICS's workforce lead, who alone publishes its plans once every partner approved.
-- The administrator appoints them (AccessPolicy.mayGive), so no analyst can publish under another's name.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('ADMIN', 'ANALYST', 'ICS_LEAD', 'ORG_LEAD', 'VIEWER', 'GUARDIAN'));
