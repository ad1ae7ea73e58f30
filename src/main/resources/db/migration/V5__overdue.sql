-- Staff tasks found past their due date: one row each, so that the managers are told once, even
-- when several application nodes look at the same time (the primary key decides).
CREATE TABLE overdue_task (
    task_id     VARCHAR(64)  PRIMARY KEY,
    reference   VARCHAR(20)  NOT NULL,
    task_name   VARCHAR(255) NOT NULL,
    due         TIMESTAMP WITH TIME ZONE NOT NULL,
    noticed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE assistance_request ADD COLUMN overdue_since TIMESTAMP WITH TIME ZONE;
