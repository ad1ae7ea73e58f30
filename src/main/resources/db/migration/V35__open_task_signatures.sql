-- Issue 16: the signatures (sorted candidate groups) that open tasks have, kept apart so that a list finds
-- those reaching its user's groups in a few rows, not by grouping every signature, State and assignee of
-- open_task_count. A signature is added in the transaction that first counts it (OpenTasks) and is never
-- removed: one without open tasks only gives empty parts of a view, and there are few of them.
CREATE TABLE open_task_signature (
    signature  VARCHAR(1000) PRIMARY KEY
);
INSERT INTO open_task_signature (signature) SELECT DISTINCT signature FROM open_task;
