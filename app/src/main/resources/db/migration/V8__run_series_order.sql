-- A run's series in the projection's own order (docs/outputs.md: projection.csv lists series in the projection's
-- order), so projection.csv downloaded from the web is the file `skillmix project` writes. Runs stored before this
-- have no position and keep the order of their keys.
ALTER TABLE run_series ADD COLUMN position int;
