-- System metrics are read from the stored dataset's own metrics.csv by MetricsUseCase (issue 13), as the command
-- line reads them, so the dashboard, the API and the downloads show what `skillmix metrics` writes. The copy of
-- the rows V3 made on upload is read by nothing now: dropped with its figures, which every dataset still holds.
DROP TABLE system_metrics;
