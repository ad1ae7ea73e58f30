-- Issue 16, flat cost: a task's candidate groups as one sorted signature ("ilo" or "ilo,managers"), so a
-- view is a few index-ordered parts (one per signature the user's groups reach, each read only as far as
-- its page) instead of a join over every task of the groups, and the views' counts kept per signature,
-- State and assignee in open_task_count as work happens (OpenTasks), not counted task by task.
ALTER TABLE open_task ADD COLUMN signature VARCHAR(1000) DEFAULT '' NOT NULL;
DROP INDEX open_task_assignee;
DROP INDEX open_task_due;
DROP INDEX open_task_state;
CREATE INDEX open_task_assignee ON open_task (assignee, due_at, created_at, task_id);
CREATE INDEX open_task_due ON open_task (due_at, created_at, task_id);
CREATE INDEX open_task_signature ON open_task (signature, due_at, created_at, task_id);
CREATE INDEX open_task_signature_free ON open_task (signature, assignee, due_at, created_at, task_id);
CREATE INDEX open_task_signature_state ON open_task (signature, state, due_at, created_at, task_id);
-- the signature replaces the groups' rows
DROP TABLE open_task_group;

-- How many open tasks each signature, State and assignee has ('' for none): changed by the task
-- listeners' transaction just before it commits, in one order of keys (no two transactions deadlock).
CREATE TABLE open_task_count (
    signature  VARCHAR(1000) NOT NULL,
    state      VARCHAR(3)    NOT NULL,
    assignee   VARCHAR(255)  NOT NULL,
    n          BIGINT        NOT NULL,
    PRIMARY KEY (signature, state, assignee)
);
CREATE INDEX open_task_count_assignee ON open_task_count (assignee);

-- emptied here and rebuilt from the engine at the next start (OpenTasksCheck finds it out of step)
DELETE FROM open_task;
