-- The dashboard's reviews of one kind of task in a period (the managers' approvals per agency) and
-- its look-up of a request's tasks of one kind (a government's question): an index each.
CREATE INDEX task_interval_kind_ended ON task_interval (task_key, ended_at);
CREATE INDEX task_interval_case_kind ON task_interval (case_key, task_key);
DROP INDEX task_interval_case;
