package org.advisorydesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.advisorydesk.dashboard.DashboardFigures.AgencyLoad;
import org.advisorydesk.dashboard.DashboardFigures.OfficerLoad;
import org.advisorydesk.dashboard.DashboardFigures.OldTask;
import org.advisorydesk.dashboard.DashboardFigures.Waiting;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.request.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's queries of the desk as it is now, over the product's own tables: open requests
 * ({@code assistance_request}, {@code request_routing}) and open tasks ({@code task_interval}), each
 * through an index on the state it is about. The figures of a period come from {@link DashboardRollups}.
 */
@Component
class DashboardQueries {

    static final String OPEN_STATUSES = statuses(false);
    static final String GOVERNMENT_STATUSES = Arrays.stream(RequestStatus.values()).filter(RequestStatus::withGovernment)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String TASKS = " FROM task_interval t";
    private static final String TASKS_WITH_REQUESTS = TASKS + " LEFT JOIN assistance_request a ON a.reference = t.case_key";
    private static final double DAY = 86_400;

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open requests now, by status. */
    Map<String, Long> openByStatus(DashboardFilter filter) {
        Conditions c = Conditions.requests(filter).add("a.status IN " + OPEN_STATUSES);
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(RequestStatus.values()).filter(s -> !s.isFinal()).forEach(s -> counts.put(s.name(), 0L));
        jdbc.sql("SELECT a.status, COUNT(*) FROM assistance_request a" + c.where() + " GROUP BY a.status")
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    Waiting waitingForGovernment(DashboardFilter filter, Instant now) {
        Conditions c = Conditions.requests(filter).add("a.status IN " + GOVERNMENT_STATUSES);
        List<Double> days = jdbc.sql("SELECT a.status_since FROM assistance_request a" + c.where())
                .params(c.parameters())
                .query((rs, n) -> Duration.between(instant(rs, 1), now).toSeconds() / DAY)
                .list().stream().sorted().toList();
        return new Waiting(days.size(), days.isEmpty() ? null : round(percentile(days, 0.5)),
                days.isEmpty() ? null : round(days.get(days.size() - 1)));
    }

    /** Open requests routed to each agency now; under an agency filter, that agency's alone. */
    Map<String, Long> openRequestsByAgency(DashboardFilter filter) {
        // the open requests first (through the status or State index), then their routing by its key; an
        // agency filter keeps its agency's count afterwards: asked in the query, the database read every
        // routing row of that agency's history first (200-250 ms at volume)
        Conditions c = Conditions.requests(filter.withAgency(null)).add("a.status IN " + OPEN_STATUSES);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.agency, COUNT(DISTINCT r.request_id) FROM (SELECT a.id FROM assistance_request a" + c.where()
                        + ") o JOIN request_routing r ON r.request_id = o.id GROUP BY r.agency ORDER BY r.agency")
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    if (filter.agency() == null || filter.agency().name().equals(rs.getString(1))) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                });
        return counts;
    }

    /**
     * Open and overdue staff tasks now, per side (an agency's, the coordinators', the managers'): the
     * sums of the officers' load, which one query gave (see {@link #officerLoad}).
     */
    static List<AgencyLoad> taskLoad(List<OfficerLoad> officers, Map<String, Long> openRequests) {
        Map<String, long[]> bySide = new LinkedHashMap<>();
        openRequests.keySet().forEach(agency -> bySide.put(agency, new long[2]));
        for (OfficerLoad officer : officers) {
            long[] load = bySide.computeIfAbsent(officer.agency(), side -> new long[2]);
            load[0] += officer.openTasks();
            load[1] += officer.overdueTasks();
        }
        return bySide.entrySet().stream()
                .map(e -> new AgencyLoad(e.getKey(), openRequests.getOrDefault(e.getKey(), 0L), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(AgencyLoad::agency))
                .toList();
    }

    long overdueTasks(DashboardFilter filter, Instant now) {
        Conditions c = Conditions.tasks(filter).add("t.is_open = TRUE").add("t.due_at < ?", now).add(Conditions.STAFF_TASK);
        return jdbc.sql("SELECT COUNT(*)" + tasks(filter) + c.where()).params(c.parameters()).query(Long.class).single();
    }

    /** Open and overdue staff tasks per officer now, and each side's unclaimed ones. */
    List<OfficerLoad> officerLoad(DashboardFilter filter, Instant now) {
        Conditions c = Conditions.tasks(filter).add("t.is_open = TRUE").add(Conditions.STAFF_TASK);
        return jdbc.sql("SELECT t.side, t.assignee, COUNT(*), SUM(CASE WHEN t.due_at < ? THEN 1 ELSE 0 END)" + tasks(filter)
                        + c.where() + " GROUP BY t.side, t.assignee ORDER BY COUNT(*) DESC, t.side, t.assignee")
                .params(c.parameters(now))
                .query((rs, n) -> new OfficerLoad(label(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<OldTask> oldestTasks(DashboardFilter filter, Instant now, int limit) {
        Conditions c = Conditions.tasks(filter).add("t.is_open = TRUE").add(Conditions.STAFF_TASK);
        return jdbc.sql("SELECT t.task_id, t.case_key, t.task_key, t.task_name, t.side, t.assignee, t.created_at, t.due_at"
                        // is_open leads the order though it is one value here: so H2 too reads the index
                        // (is_open, created_at, task_id) in order and stops at the limit, instead of sorting every open task
                        + tasks(filter) + c.where() + " ORDER BY t.is_open, t.created_at, t.task_id LIMIT " + limit)
                .params(c.parameters())
                .query((rs, n) -> {
                    Instant due = rs.getObject(8, OffsetDateTime.class) == null ? null : instant(rs, 8);
                    return new OldTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            label(rs.getString(5)), rs.getString(6), instant(rs, 7), due, due != null && due.isBefore(now));
                })
                .list();
    }

    /**
     * The tasks, with their requests joined only when the filter reads a request's instruments or
     * assistance types: a join per task over a year of work is most of a view's cost.
     */
    static String tasks(DashboardFilter filter) {
        return filter.instrument() != null || filter.assistanceType() != null ? TASKS_WITH_REQUESTS : TASKS;
    }

    /** The side's name as the dashboard shows it: the agency (ILO), or COORDINATORS, MANAGERS. */
    static String label(String storedSide) {
        return ActorSide.parse(storedSide).label();
    }

    static double percentile(List<Double> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String statuses(boolean finalOnes) {
        return Arrays.stream(RequestStatus.values()).filter(s -> s.isFinal() == finalOnes)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
