-- Issue 16, flat cost at any volume: what every list read grouped or counted row by row is kept instead.
-- (Named apart from V33's indexes open_task_signature and open_task_due: PostgreSQL keeps tables and
-- indexes in one namespace.)
-- The signatures (sorted candidate groups) that open tasks have, kept apart so that a list finds those
-- reaching its user's groups in a few rows, not by grouping every signature, State and assignee of
-- open_task_count. A signature is added in the transaction that first counts it (OpenTaskCounts) and is
-- never removed: one without open tasks only gives empty parts of a view, and there are few of them.
CREATE TABLE open_task_signatures (
    signature  VARCHAR(1000) PRIMARY KEY
);
INSERT INTO open_task_signatures (signature) SELECT DISTINCT signature FROM open_task;

-- How many open tasks of each signature are due on each day (UTC): the overdue are the sum of the days
-- before today and an index range of today's tasks, not a range over every overdue task. A day without
-- tasks loses its row.
CREATE TABLE open_task_due_count (
    signature  VARCHAR(1000) NOT NULL,
    due_day    DATE          NOT NULL,
    n          BIGINT        NOT NULL,
    PRIMARY KEY (signature, due_day)
);
INSERT INTO open_task_due_count (signature, due_day, n)
SELECT signature, CAST(due_at AT TIME ZONE 'UTC' AS DATE), COUNT(*) FROM open_task WHERE due_at IS NOT NULL
GROUP BY signature, CAST(due_at AT TIME ZONE 'UTC' AS DATE);
