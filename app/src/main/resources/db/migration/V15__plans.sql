-- Plans that partners sign off (issue 14, item 2; docs/web.md "Plans"): a plan is a dataset version, a chosen
-- scenario and a finished run of it. It moves DRAFT -> SHARED (with its partner organisations) -> APPROVED (every
-- partner's lead approved) -> PUBLISHED (by the ICS lead). A published plan never changes: a new version (a new row
-- of the same lineage) is made to change it. Every step is also in the audit log.

CREATE TABLE plans (
    id           bigserial PRIMARY KEY,
    -- The first version's id: every version of one plan shares it.
    lineage      bigint NOT NULL,
    version      int NOT NULL CHECK (version >= 1),
    icb_code     text NOT NULL,
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    run_id       bigint NOT NULL REFERENCES runs (id),
    dataset_id   bigint NOT NULL REFERENCES datasets (id),
    scenario     text NOT NULL,
    status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SHARED', 'APPROVED', 'PUBLISHED')),
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_by text,
    published_at timestamptz,
    UNIQUE (lineage, version),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX plans_icb ON plans (icb_code);

-- The partner organisations a plan is shared with, and each one's decision (by its organisation lead).
CREATE TABLE plan_partners (
    plan_id    bigint NOT NULL REFERENCES plans (id),
    org_code   text NOT NULL,
    org_name   text NOT NULL,
    decision   text NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by text,
    decided_at timestamptz,
    PRIMARY KEY (plan_id, org_code)
);

-- Comments: a partner lead's about their organisation's part (org_code), or the ICS team's (org_code NULL).
CREATE TABLE plan_comments (
    id        bigserial PRIMARY KEY,
    plan_id   bigint NOT NULL REFERENCES plans (id),
    org_code  text,
    username  text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    body      text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000)
);
CREATE INDEX plan_comments_plan ON plan_comments (plan_id);

-- A published plan is immutable: the plan row, its partners and its comments refuse every change and deletion.
CREATE FUNCTION plan_is_published(plan bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT status = 'PUBLISHED' FROM plans WHERE id = plan
$$;
CREATE FUNCTION plans_published_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan bigint;
BEGIN
    IF TG_TABLE_NAME = 'plans' THEN
        plan := OLD.id;
        IF OLD.status = 'PUBLISHED' THEN
            RAISE EXCEPTION 'plan % is published and cannot change: make a new version', plan;
        END IF;
    ELSE
        IF TG_OP = 'INSERT' THEN plan := NEW.plan_id; ELSE plan := OLD.plan_id; END IF;
        IF plan_is_published(plan) THEN
            RAISE EXCEPTION 'plan % is published and cannot change: make a new version', plan;
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER plans_immutable BEFORE UPDATE OR DELETE ON plans
    FOR EACH ROW EXECUTE FUNCTION plans_published_are_immutable();
CREATE TRIGGER plan_partners_immutable BEFORE INSERT OR UPDATE OR DELETE ON plan_partners
    FOR EACH ROW EXECUTE FUNCTION plans_published_are_immutable();
CREATE TRIGGER plan_comments_immutable BEFORE INSERT OR UPDATE OR DELETE ON plan_comments
    FOR EACH ROW EXECUTE FUNCTION plans_published_are_immutable();
