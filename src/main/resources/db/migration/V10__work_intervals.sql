-- What the dashboards read, kept as the work happens instead of scanned from the engine's history on
-- every view. A request's row carries when its status was entered, when it was first delivered and
-- when it finished, and how long it has spent with the agencies and with the government (a clock that
-- pauses while the ball is in the government's court); V11 fills them for earlier requests from their record.
ALTER TABLE assistance_request ADD COLUMN status_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE assistance_request ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assistance_request ADD COLUMN cycle_seconds BIGINT;
ALTER TABLE assistance_request ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assistance_request ADD COLUMN agency_seconds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE assistance_request ADD COLUMN government_seconds BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX assistance_request_submitted ON assistance_request (submitted_at);
CREATE INDEX assistance_request_delivered ON assistance_request (delivered_at);
CREATE INDEX assistance_request_finished ON assistance_request (finished_at);

-- One row per user task of every case, from its creation to its end: who it waits for (the side of
-- its candidate group, the agency whose work it is), when it was first claimed, when it ended and how,
-- against its due date; the decision its form submitted (a manager's approval, a government's review).
CREATE TABLE task_interval (
    task_id          VARCHAR(64)  PRIMARY KEY,
    case_key         VARCHAR(64)  NOT NULL,
    state            CHAR(3),
    process_key      VARCHAR(64)  NOT NULL,
    task_key         VARCHAR(64)  NOT NULL,
    task_name        VARCHAR(255) NOT NULL,
    assistance_type  VARCHAR(40),
    side             VARCHAR(30)  NOT NULL,
    agency           VARCHAR(10),
    assignee         VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE,
    claimed_at       TIMESTAMP WITH TIME ZONE,
    claim_seconds    BIGINT,
    ended_at         TIMESTAMP WITH TIME ZONE,
    open_seconds     BIGINT,
    work_seconds     BIGINT,
    is_open          BOOLEAN      NOT NULL,
    completed        BOOLEAN      DEFAULT FALSE NOT NULL,
    on_time          BOOLEAN,
    outcome          VARCHAR(40)
);
CREATE INDEX task_interval_open ON task_interval (is_open, due_at);
CREATE INDEX task_interval_ended ON task_interval (ended_at);
CREATE INDEX task_interval_case ON task_interval (case_key);
