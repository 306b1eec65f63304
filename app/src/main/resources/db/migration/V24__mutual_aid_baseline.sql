-- A mutual-aid plan names its supply baseline (issue 11): a surge given as extra demand is planned against the winter
-- plan's shortfalls, whose staff are projected on the funded plan or on current trends. The plan keeps it in the
-- runs' baseline column as projections and comparisons do. Plans stored before this have none and ran the funded plan.

ALTER TABLE runs DROP CONSTRAINT runs_mutual_aid_has_no_baseline;
