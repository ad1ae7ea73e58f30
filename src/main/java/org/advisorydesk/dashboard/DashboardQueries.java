package org.advisorydesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.advisorydesk.dashboard.DashboardFigures.Acceptance;
import org.advisorydesk.dashboard.DashboardFigures.AgencyLoad;
import org.advisorydesk.dashboard.DashboardFigures.Approvals;
import org.advisorydesk.dashboard.DashboardFigures.Month;
import org.advisorydesk.dashboard.DashboardFigures.OfficerLoad;
import org.advisorydesk.dashboard.DashboardFigures.OldTask;
import org.advisorydesk.dashboard.DashboardFigures.OnTime;
import org.advisorydesk.dashboard.DashboardFigures.Spread;
import org.advisorydesk.dashboard.DashboardFigures.TaskTimes;
import org.advisorydesk.dashboard.DashboardFigures.TimeSplit;
import org.advisorydesk.dashboard.DashboardFigures.Waiting;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.request.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's queries over the product's own tables: requests with the intervals kept on their row
 * ({@code assistance_request}, {@code request_routing}) and tasks ({@code task_interval}). Each counts
 * through an index on the time or state it is about, so that a view costs what its figures need, not
 * what the desk has finished over the years.
 */
@Component
class DashboardQueries {

    static final String OPEN_STATUSES = statuses(false);
    static final String GOVERNMENT_STATUSES = Arrays.stream(RequestStatus.values()).filter(RequestStatus::withGovernment)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String TASKS = " FROM task_interval t";
    private static final String TASKS_WITH_REQUESTS = TASKS + " LEFT JOIN assistance_request a ON a.reference = t.case_key";
    private static final double DAY = 86_400;
    private static final double HOUR = 3_600;

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long submitted(DashboardFilter filter) {
        return count(Conditions.requests(filter).between("a.submitted_at", filter.start(), filter.end()));
    }

    long delivered(DashboardFilter filter) {
        return count(Conditions.requests(filter).between("a.delivered_at", filter.start(), filter.end()));
    }

    /** Requests that reached each final status in the period. */
    Map<RequestStatus, Long> finished(DashboardFilter filter) {
        Conditions c = Conditions.requests(filter).between("a.finished_at", filter.start(), filter.end());
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(RequestStatus.values()).filter(RequestStatus::isFinal).forEach(s -> counts.put(s, 0L));
        jdbc.sql("SELECT a.status, COUNT(*) FROM assistance_request a" + c.where() + " GROUP BY a.status")
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
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

    /** Days from submission to first delivery of the requests first delivered in the period. */
    Spread cycleTime(DashboardFilter filter) {
        return spread("a.cycle_seconds", DAY, " FROM assistance_request a",
                Conditions.requests(filter).between("a.delivered_at", filter.start(), filter.end()));
    }

    /** Of the requests finished in the period: days with the agencies, days waiting for the government. */
    TimeSplit timeSplit(DashboardFilter filter) {
        return new TimeSplit(
                spread("a.agency_seconds", DAY, " FROM assistance_request a",
                        Conditions.requests(filter).between("a.finished_at", filter.start(), filter.end())),
                spread("a.government_seconds", DAY, " FROM assistance_request a",
                        Conditions.requests(filter).between("a.finished_at", filter.start(), filter.end())));
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

    /** Submitted and first delivered per calendar month of the period (UTC). */
    List<Month> byMonth(DashboardFilter filter) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        long[] submitted = perMonth("a.submitted_at", months, filter);
        long[] delivered = perMonth("a.delivered_at", months, filter);
        List<Month> series = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            series.add(new Month(months.get(i).toString(), submitted[i], delivered[i]));
        }
        return series;
    }

    /** One count per month of the period, grouped by the database in one pass over the period's rows (UTC). */
    private long[] perMonth(String column, List<YearMonth> months, DashboardFilter filter) {
        Conditions c = Conditions.requests(filter).between(column, filter.start(), filter.end());
        String utc = "(" + column + " AT TIME ZONE 'UTC')";
        long[] counts = new long[months.size()];
        jdbc.sql("SELECT EXTRACT(YEAR FROM " + utc + "), EXTRACT(MONTH FROM " + utc + "), COUNT(*) FROM assistance_request a"
                        + c.where() + " GROUP BY EXTRACT(YEAR FROM " + utc + "), EXTRACT(MONTH FROM " + utc + ")")
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    int i = months.indexOf(YearMonth.of(rs.getInt(1), rs.getInt(2)));
                    if (i >= 0) {
                        counts[i] = rs.getLong(3);
                    }
                });
        return counts;
    }

    /** Open requests routed to each agency now. */
    Map<String, Long> openRequestsByAgency(DashboardFilter filter) {
        Conditions c = Conditions.requests(filter).add("a.status IN " + OPEN_STATUSES);
        if (filter.agency() != null) {
            c.add("r.agency = ?", filter.agency().name());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.agency, COUNT(DISTINCT a.id) FROM assistance_request a JOIN request_routing r ON r.request_id = a.id"
                        + c.where() + " GROUP BY r.agency ORDER BY r.agency")
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Open and overdue staff tasks now, per side (an agency's, the coordinators', the managers'). */
    List<AgencyLoad> taskLoad(DashboardFilter filter, Instant now, Map<String, Long> openRequests) {
        Conditions c = Conditions.tasks(filter).add("t.is_open = TRUE").add(Conditions.STAFF_TASK);
        Map<String, long[]> bySide = new LinkedHashMap<>();
        openRequests.keySet().forEach(agency -> bySide.put(agency, new long[2]));
        jdbc.sql("SELECT t.side, COUNT(*), SUM(CASE WHEN t.due_at < ? THEN 1 ELSE 0 END)" + tasks(filter) + c.where()
                        + " GROUP BY t.side")
                .params(c.parameters(now))
                .query((ResultSet rs) -> {
                    bySide.put(label(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
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
                        + tasks(filter) + c.where() + " ORDER BY t.created_at, t.task_id LIMIT " + limit)
                .params(c.parameters())
                .query((rs, n) -> {
                    Instant due = rs.getObject(8, OffsetDateTime.class) == null ? null : instant(rs, 8);
                    return new OldTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            label(rs.getString(5)), rs.getString(6), instant(rs, 7), due, due != null && due.isBefore(now));
                })
                .list();
    }

    OnTime onTime(DashboardFilter filter) {
        Conditions c = Conditions.tasks(filter).between("t.ended_at", filter.start(), filter.end())
                .add("t.completed = TRUE").add("t.due_at IS NOT NULL").add(Conditions.STAFF_TASK);
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN t.on_time THEN 1 ELSE 0 END), 0)" + tasks(filter) + c.where())
                .params(c.parameters())
                .query((rs, n) -> new OnTime(rs.getLong(1), rs.getLong(2),
                        rs.getLong(1) == 0 ? null : round3((double) rs.getLong(2) / rs.getLong(1))))
                .single();
    }

    /** Per kind of task completed in the period: waits before the claim, times to complete, time open. */
    List<TaskTimes> taskTimes(DashboardFilter filter) {
        Conditions c = Conditions.tasks(filter).between("t.ended_at", filter.start(), filter.end()).add("t.completed = TRUE");
        return jdbc.sql("SELECT t.process_key, t.task_key, MAX(t.task_name), "
                        + percentiles("t.claim_seconds") + ", COUNT(t.claim_seconds), "
                        + percentiles("t.work_seconds") + ", COUNT(t.work_seconds), "
                        + percentiles("t.open_seconds") + ", COUNT(t.open_seconds), AVG(CAST(t.open_seconds AS DOUBLE PRECISION))"
                        + tasks(filter) + c.where() + " GROUP BY t.process_key, t.task_key ORDER BY t.process_key, t.task_key")
                .params(c.parameters())
                .query((rs, n) -> new TaskTimes(rs.getString(1), rs.getString(2), rs.getString(3),
                        spread(rs, 4, HOUR), spread(rs, 7, HOUR), spread(rs, 10, HOUR), scaled(rs, 13, HOUR)))
                .list();
    }

    /** The managers' four-eyes reviews completed in the period, per agency whose deliverable it was. */
    List<Approvals> approvals(DashboardFilter filter) {
        Conditions c = Conditions.tasks(filter).between("t.ended_at", filter.start(), filter.end())
                .add("t.completed = TRUE").add("t.task_key = 'approve-deliverable'");
        return jdbc.sql("SELECT COALESCE(t.agency, '-'), COUNT(*), SUM(CASE WHEN t.outcome = 'REJECT' THEN 1 ELSE 0 END)"
                        + tasks(filter) + c.where() + " GROUP BY t.agency ORDER BY t.agency")
                .params(c.parameters())
                .query((rs, n) -> new Approvals(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(2) == 0 ? null : round3((double) rs.getLong(3) / rs.getLong(2))))
                .list();
    }

    /** Requests closed in the period, and those whose government asked no question on the way. */
    Acceptance acceptance(DashboardFilter filter) {
        Conditions c = Conditions.requests(filter).between("a.finished_at", filter.start(), filter.end())
                .add("a.status = 'CLOSED'");
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM task_interval q "
                        + "WHERE q.case_key = a.reference AND q.task_key = 'answer-question') THEN 1 ELSE 0 END), 0) "
                        + "FROM assistance_request a" + c.where())
                .params(c.parameters())
                .query((rs, n) -> new Acceptance(rs.getLong(1), rs.getLong(2),
                        rs.getLong(1) == 0 ? null : round3((double) rs.getLong(2) / rs.getLong(1))))
                .single();
    }

    /**
     * The tasks, with their requests joined only when the filter reads a request's instruments or
     * assistance types: a join per task over a year of work is most of a view's cost.
     */
    static String tasks(DashboardFilter filter) {
        return filter.instrument() != null || filter.assistanceType() != null ? TASKS_WITH_REQUESTS : TASKS;
    }

    private long count(Conditions c) {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_request a" + c.where()).params(c.parameters())
                .query(Long.class).single();
    }

    private Spread spread(String column, double unit, String from, Conditions c) {
        c.add(column + " IS NOT NULL");
        return jdbc.sql("SELECT " + percentiles(column) + ", COUNT(*)" + from + c.where())
                .params(c.parameters())
                .query((rs, n) -> spread(rs, 1, unit))
                .single();
    }

    private static String percentiles(String column) {
        return "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + column + "), "
                + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + column + ")";
    }

    /** Median, p90 and count from three columns starting at {@code first}, in the unit. */
    private static Spread spread(ResultSet rs, int first, double unit) throws SQLException {
        long count = rs.getLong(first + 2);
        return count == 0 ? Spread.NONE : new Spread(scaled(rs, first, unit), scaled(rs, first + 1, unit), count);
    }

    private static Double scaled(ResultSet rs, int column, double unit) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : round(value / unit);
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
