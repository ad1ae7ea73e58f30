-- Issue 16: a task list's row is read from the read model alone, with no engine query per page: the
-- assistance type of the branch the task belongs to and the task's form (its Camunda Forms key).
ALTER TABLE open_task ADD COLUMN assistance_type VARCHAR(64);
ALTER TABLE open_task ADD COLUMN form_key VARCHAR(255);
-- emptied here and rebuilt from the engine at the next start (OpenTasksCheck finds it out of step)
DELETE FROM open_task_group;
DELETE FROM open_task;
