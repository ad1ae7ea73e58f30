-- The task list's read model: one row per open user task with what the list shows, filters and sorts
-- on, and one row per candidate group of it. Kept by the task listeners in the engine's transaction
-- (created, assigned, updated, completed, deleted) and rebuilt from the engine at start-up when it is
-- out of step (OpenTasks). The list's views, counts, sorting, search and paging are indexed queries here.
CREATE TABLE open_task (
    task_id              VARCHAR(64)  PRIMARY KEY,
    process_instance_id  VARCHAR(64),
    case_key             VARCHAR(255),
    case_key_reversed    VARCHAR(255),
    state                CHAR(3),
    task_key             VARCHAR(255) NOT NULL,
    task_name            VARCHAR(255),
    assignee             VARCHAR(255),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at               TIMESTAMP WITH TIME ZONE,
    follow_up_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX open_task_assignee ON open_task (assignee, due_at);
CREATE INDEX open_task_due ON open_task (due_at);
CREATE INDEX open_task_state ON open_task (state);
CREATE INDEX open_task_case ON open_task (case_key);
CREATE INDEX open_task_case_reversed ON open_task (case_key_reversed);

CREATE TABLE open_task_group (
    group_id  VARCHAR(255) NOT NULL,
    task_id   VARCHAR(64)  NOT NULL REFERENCES open_task (task_id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, task_id)
);
CREATE INDEX open_task_group_task ON open_task_group (task_id);
