-- The dashboard's oldest open tasks: read in creation order (the task id breaks ties, as the query
-- orders) through this index and stopped after the first few, instead of sorting every open task.
CREATE INDEX task_interval_open_created ON task_interval (is_open, created_at, task_id);
