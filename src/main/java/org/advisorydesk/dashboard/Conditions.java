package org.advisorydesk.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a dashboard query, built condition by condition with its parameters in order.
 * The filter's conditions on requests ({@code a}) and on tasks ({@code t}) are written here once, so
 * that every figure, list and export of one filter counts the same requests and tasks.
 */
final class Conditions {

    /** Staff work: not the government's tasks, nor a task without a group. */
    static final String STAFF_TASK = "t.side NOT LIKE 'GOVERNMENT:%' AND t.side <> 'SYSTEM'";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** The filter's conditions on a request {@code a}: State, instrument, assistance type and routed agency. */
    static Conditions requests(DashboardFilter filter) {
        Conditions c = new Conditions();
        if (filter.state() != null) {
            c.add("a.requesting_state = ?", filter.state());
        }
        if (filter.instrument() != null) {
            c.add("(',' || a.instruments || ',') LIKE ?", "%," + filter.instrument().name() + ",%");
        }
        if (filter.assistanceType() != null) {
            c.add("(',' || a.assistance_types || ',') LIKE ?", "%," + filter.assistanceType().name() + ",%");
        }
        if (filter.agency() != null) {
            c.add("EXISTS (SELECT 1 FROM request_routing rr WHERE rr.request_id = a.id AND rr.agency = ?)",
                    filter.agency().name());
        }
        return c;
    }

    /**
     * The filter's conditions on a task {@code t} (its request {@code a} joined on the case, absent for
     * treaty monitoring): the task's State and agency, its request's instruments (a monitoring case's
     * instrument) and the task's assistance type (a request-wide task: its request's).
     */
    static Conditions tasks(DashboardFilter filter) {
        Conditions c = new Conditions();
        if (filter.state() != null) {
            c.add("t.state = ?", filter.state());
        }
        if (filter.instrument() != null) {
            c.add("(a.id IS NULL AND t.case_key LIKE ? OR (',' || a.instruments || ',') LIKE ?)",
                    "%-" + filter.instrument().name(), "%," + filter.instrument().name() + ",%");
        }
        if (filter.assistanceType() != null) {
            c.add("(t.assistance_type = ? OR t.assistance_type IS NULL AND (',' || a.assistance_types || ',') LIKE ?)",
                    filter.assistanceType().name(), "%," + filter.assistanceType().name() + ",%");
        }
        if (filter.agency() != null) {
            c.add("t.agency = ?", filter.agency().name());
        }
        return c;
    }

    Conditions add(String condition, Object... values) {
        conditions.add(condition);
        for (Object value : values) {
            parameters.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
        return this;
    }

    /** Instants in {@code [start, end)}. */
    Conditions between(String column, Instant start, Instant end) {
        return add(column + " >= ? AND " + column + " < ?", start, end);
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters, after those of the query's own select list. */
    Object[] parameters(Object... before) {
        List<Object> all = new ArrayList<>();
        for (Object value : before) {
            all.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
        all.addAll(parameters);
        return all.toArray();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
