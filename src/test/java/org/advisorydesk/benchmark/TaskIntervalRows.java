package org.advisorydesk.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.request.AssistanceType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code task_interval} rows of seeded finished tasks, as the product's task listeners
 * ({@code TaskIntervals}) leave them when a task has ended: created, first claimed (or, completed
 * without a claim, waiting until it was done), ended against its due date, with the decision its
 * form submitted. Written in the same JDBC batches as the tasks' engine history.
 */
final class TaskIntervalRows {

    /** One ended user task: {@code claimed} null when nobody claimed it, {@code completed} false when cancelled. */
    record EndedTask(String taskId, SeededRequest request, String processKey, String taskKey, String taskName,
            AssistanceType assistanceType, ActorSide side, Agency agency, String assignee, Instant created, Instant due,
            Instant claimed, Instant ended, boolean completed, String outcome) {
    }

    private final List<Object[]> rows = new ArrayList<>();

    void add(EndedTask t) {
        Instant claimed = t.completed() && t.claimed() == null ? t.ended() : t.claimed();
        Long claimSeconds = claimed == null ? null : seconds(t.created(), claimed);
        long openSeconds = seconds(t.created(), t.ended());
        rows.add(new Object[] {t.taskId(), t.request().reference(), t.request().state(), t.processKey(), t.taskKey(),
                t.taskName(), t.assistanceType() == null ? null : t.assistanceType().name(), t.side().stored(),
                t.agency() == null ? null : t.agency().name(), t.assignee(), ProductRows.utc(t.created()),
                ProductRows.utc(t.due()), ProductRows.utc(claimed), claimSeconds, ProductRows.utc(t.ended()), openSeconds,
                claimSeconds == null ? null : openSeconds - claimSeconds, t.completed(),
                t.completed() && t.due() != null ? !t.ended().isAfter(t.due()) : null, t.outcome()});
    }

    /** Writes what was added and forgets it; the number of rows written. */
    int flush(JdbcTemplate jdbc) {
        jdbc.batchUpdate("INSERT INTO task_interval (task_id, case_key, state, process_key, task_key, task_name, "
                + "assistance_type, side, agency, assignee, created_at, due_at, claimed_at, claim_seconds, ended_at, "
                + "open_seconds, work_seconds, is_open, completed, on_time, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)", rows);
        int written = rows.size();
        rows.clear();
        return written;
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
