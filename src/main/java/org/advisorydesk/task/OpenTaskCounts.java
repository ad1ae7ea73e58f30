package org.advisorydesk.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.advisorydesk.kernel.DatabaseProduct;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the task list counts without counting tasks, kept by the read model's listeners ({@link OpenTasks}):
 * the open tasks per signature, State and assignee ({@code open_task_count}), per signature and day
 * due ({@code open_task_due_count}: the overdue are the days before today's and today's own few tasks, however
 * many are open), and every signature met ({@code open_task_signatures}, never removed).
 *
 * <p>The counts change just before the transaction commits, all of a transaction's changes at once and
 * in one order of keys (the counts', then the days'): two transactions changing the same counts wait for
 * each other for the moment of their commits and never deadlock (a completion that ends one agency's task
 * and opens the managers' beside one that does the reverse).
 */
@Component
class OpenTaskCounts {

    /** What an open task is counted under: its signature, State and assignee ('' for none), and the day (UTC) it is due. */
    record Counted(String signature, String state, String assignee, LocalDate due) {

        Counted {
            state = state == null ? "" : state;
            assignee = assignee == null ? "" : assignee;
        }

        Counted(String signature, String state, String assignee, OffsetDateTime due) {
            this(signature, state, assignee, due == null ? null : due.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }

        Counted assignedTo(String other) {
            return new Counted(signature, state, other, due);
        }
    }

    private record Key(String signature, String state, String assignee) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::signature).thenComparing(Key::state)
                .thenComparing(Key::assignee);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private record Due(String signature, LocalDate day) implements Comparable<Due> {

        private static final Comparator<Due> ORDER = Comparator.comparing(Due::signature).thenComparing(Due::day);

        @Override
        public int compareTo(Due other) {
            return ORDER.compare(this, other);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean postgres;

    OpenTaskCounts(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL;
    }

    /**
     * Adds {@code delta} tasks to what {@code task} is counted under when the transaction commits (at once
     * when there is none). A transaction's changes are kept under its connection's holder: one that runs
     * inside another (REQUIRES_NEW) has a holder, and changes, of its own.
     */
    void add(Counted task, int delta) {
        Object holder = TransactionSynchronizationManager.getResource(dataSource);
        if (holder == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending(this, null);
            now.add(task, delta);
            now.beforeCommit(false);
            return;
        }
        PendingKey pendingKey = new PendingKey(holder);
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(pendingKey);
        if (pending == null) {
            pending = new Pending(this, pendingKey);
            TransactionSynchronizationManager.bindResource(pendingKey, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(task, delta);
    }

    /** A task's counts move from what it was counted under to what it is now (nothing when they are the same). */
    void moved(Counted before, Counted now) {
        if (!before.equals(now)) {
            add(before, -1);
            add(now, 1);
        }
    }

    /** The key a transaction's pending changes are bound under: its connection holder, by identity. */
    private record PendingKey(Object holder) {
    }

    /** A transaction's changes of the counts, applied just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final OpenTaskCounts of;
        private final PendingKey key;
        private final Map<Key, Integer> counts = new TreeMap<>();
        private final Map<Due, Integer> dues = new TreeMap<>();

        Pending(OpenTaskCounts of, PendingKey key) {
            this.of = of;
            this.key = key;
        }

        void add(Counted task, int delta) {
            counts.merge(new Key(task.signature(), task.state(), task.assignee()), delta, Integer::sum);
            if (task.due() != null) {
                dues.merge(new Due(task.signature(), task.due()), delta, Integer::sum);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            counts.forEach((k, delta) -> of.addToCount(k, delta));
            dues.forEach((d, delta) -> of.addToDue(d, delta));
            counts.clear();
            dues.clear();
        }

        @Override
        public void afterCompletion(int status) {
            if (key != null) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        }
    }

    /** The key's count changed; a key met for the first time gets its row, and its signature is kept. */
    private void addToCount(Key key, int delta) {
        if (delta == 0 || jdbc.sql("UPDATE open_task_count SET n = n + ? WHERE signature = ? AND state = ? AND assignee = ?")
                .params(delta, key.signature(), key.state(), key.assignee()).update() > 0) {
            return;
        }
        keep(key.signature());
        insert("INSERT INTO open_task_count (signature, state, assignee, n) VALUES (?, ?, ?, ?)",
                "(signature, state, assignee) DO UPDATE SET n = open_task_count.n + EXCLUDED.n",
                () -> addToCount(key, delta), key.signature(), key.state(), key.assignee(), delta);
    }

    /** The day's count changed; a day that no longer has tasks loses its row (past days would pile up). */
    private void addToDue(Due due, int delta) {
        if (delta == 0) {
            return;
        }
        if (jdbc.sql("UPDATE open_task_due_count SET n = n + ? WHERE signature = ? AND due_day = ?")
                .params(delta, due.signature(), due.day()).update() == 0) {
            insert("INSERT INTO open_task_due_count (signature, due_day, n) VALUES (?, ?, ?)",
                    "(signature, due_day) DO UPDATE SET n = open_task_due_count.n + EXCLUDED.n",
                    () -> addToDue(due, delta), due.signature(), due.day(), delta);
        } else if (delta < 0) {
            jdbc.sql("DELETE FROM open_task_due_count WHERE signature = ? AND due_day = ? AND n = 0")
                    .params(due.signature(), due.day()).update();
        }
    }

    /** The signature among those kept, if it is not there yet. */
    private void keep(String signature) {
        String insert = postgres ? "INSERT INTO open_task_signatures (signature) VALUES (?)"
                : "MERGE INTO open_task_signatures KEY (signature) VALUES (?)";
        insert(insert, "DO NOTHING", () -> { }, signature);
    }

    /**
     * A new row. Two transactions may make it at once: on PostgreSQL the insert then does {@code onConflict}
     * (an error would end the whole transaction there); on H2 a failed statement leaves the transaction as
     * it was, and {@code meanwhile} runs.
     */
    private void insert(String insert, String onConflict, Runnable meanwhile, Object... values) {
        if (postgres) {
            jdbc.sql(insert + " ON CONFLICT " + onConflict).params(values).update();
            return;
        }
        try {
            jdbc.sql(insert).params(values).update();
        } catch (DuplicateKeyException e) {
            meanwhile.run();
        }
    }

    /** Whether the counts are those of the open tasks (as many tasks counted and due as there are) and every signature kept. */
    boolean inStep(long tasks) {
        long counted = jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM open_task_count").query(Long.class).single();
        long due = jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM open_task_due_count").query(Long.class).single();
        long withDue = jdbc.sql("SELECT COUNT(*) FROM open_task WHERE due_at IS NOT NULL").query(Long.class).single();
        long unkept = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT signature FROM open_task) t "
                + "WHERE NOT EXISTS (SELECT 1 FROM open_task_signatures s WHERE s.signature = t.signature)").query(Long.class).single();
        return counted == tasks && due == withDue && unkept == 0;
    }

    /** The counts anew from the rows of {@code open_task}; signatures are only added (see {@link #keep}). */
    void rebuild() {
        jdbc.sql("DELETE FROM open_task_count").update();
        jdbc.sql("DELETE FROM open_task_due_count").update();
        jdbc.sql("INSERT INTO open_task_count (signature, state, assignee, n) SELECT signature, COALESCE(state, ''), "
                + "COALESCE(assignee, ''), COUNT(*) FROM open_task GROUP BY signature, COALESCE(state, ''), COALESCE(assignee, '')")
                .update();
        jdbc.sql("INSERT INTO open_task_due_count (signature, due_day, n) SELECT signature, " + DUE_DAY + ", COUNT(*) FROM open_task "
                + "WHERE due_at IS NOT NULL GROUP BY signature, " + DUE_DAY).update();
        jdbc.sql("INSERT INTO open_task_signatures (signature) SELECT DISTINCT t.signature FROM open_task t "
                + "WHERE NOT EXISTS (SELECT 1 FROM open_task_signatures s WHERE s.signature = t.signature)").update();
    }

    /** A task's day due, in UTC, as both databases compute it. */
    private static final String DUE_DAY = "CAST(due_at AT TIME ZONE 'UTC' AS DATE)";
}
