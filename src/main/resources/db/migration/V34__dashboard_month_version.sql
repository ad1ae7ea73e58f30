-- Issue 11: a month's rollup rows, once its month has ended, change only when a fold writes them anew.
-- Each such fold adds one here (in its own transaction), and a node keeps the month rows it decoded
-- until it reads another number (DashboardRollups).
ALTER TABLE dashboard_fold ADD COLUMN month_version BIGINT DEFAULT 0 NOT NULL;
