-- The dashboard's oldest open tasks: read in creation order through this index and stopped after the
-- first few, instead of sorting every open task (issue 11's speed goal).
CREATE INDEX task_interval_open_created ON task_interval (is_open, created_at);
