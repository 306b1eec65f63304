-- The board pack as an analysis of its own kind (issue 14; docs/web.md "Board pack"). Making a pack re-runs the
-- projection and the portfolio on the run's draws, so it waits in the fair queue with progress and cancel like the
-- other analyses, and its files (board-pack.pdf, the partners' board-pack.pdf with small numbers suppressed, and
-- cqc-evidence.csv) are kept in run_files and served from there on every later download. Its settings (the
-- BoardPackRequest) are in analysis_settings; board_packs says whose pack it is.

ALTER TABLE runs DROP CONSTRAINT runs_kind_check;
ALTER TABLE runs ADD CONSTRAINT runs_kind_check
    CHECK (kind IN ('PROJECTION', 'COMPARISON', 'MUTUAL_AID', 'WINTER', 'BANK', 'OPTIMISE', 'DESIGN', 'BOARD_PACK'));

ALTER TABLE runs DROP CONSTRAINT runs_settings_by_kind;
ALTER TABLE runs
    ADD CONSTRAINT runs_settings_by_kind CHECK (
    (kind = 'MUTUAL_AID' AND weeks IS NOT NULL AND seconds IS NOT NULL AND years IS NULL AND draws IS NULL
        AND seed IS NOT NULL)
    OR (kind IN ('PROJECTION', 'COMPARISON') AND years IS NOT NULL AND draws IS NOT NULL AND scenario IS NOT NULL
        AND weeks IS NULL AND seconds IS NULL AND steps IS NULL AND seed IS NOT NULL)
    OR (kind IN ('WINTER', 'BANK', 'OPTIMISE', 'DESIGN', 'BOARD_PACK') AND years IS NULL AND draws IS NULL
        AND weeks IS NULL AND seconds IS NULL AND steps IS NULL AND baseline IS NULL AND scenario IS NULL
        AND (seed IS NOT NULL) = (kind = 'OPTIMISE')));

-- Whose pack a BOARD_PACK run is: a projection run's, or a plan's (then plan_record is the plan's sign-off record
-- in the words the pack's CQC evidence quotes; a pack is reused only while the record still reads the same).
CREATE TABLE board_packs (
    run_id        bigint PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    source_run_id bigint NOT NULL REFERENCES runs (id),
    plan_id       bigint REFERENCES plans (id),
    plan_record   text,
    CHECK ((plan_id IS NULL) = (plan_record IS NULL))
);
CREATE INDEX board_packs_source ON board_packs (source_run_id);
CREATE INDEX board_packs_plan ON board_packs (plan_id);

-- A published plan's pack is part of the published plan: its row and its files refuse change and deletion.
CREATE FUNCTION board_pack_of_published_plan(pack bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM board_packs b JOIN plans p ON p.id = b.plan_id
                   WHERE b.run_id = pack AND p.status = 'PUBLISHED')
$$;
CREATE FUNCTION board_packs_of_published_plans_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF board_pack_of_published_plan(OLD.run_id) THEN
        RAISE EXCEPTION 'the board pack of run % belongs to a published plan and cannot change', OLD.run_id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER board_packs_immutable BEFORE UPDATE OR DELETE ON board_packs
    FOR EACH ROW EXECUTE FUNCTION board_packs_of_published_plans_are_immutable();
CREATE TRIGGER board_pack_files_immutable BEFORE UPDATE OR DELETE ON run_files
    FOR EACH ROW EXECUTE FUNCTION board_packs_of_published_plans_are_immutable();
