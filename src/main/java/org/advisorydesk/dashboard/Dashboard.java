package org.advisorydesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.advisorydesk.dashboard.DashboardFigures.Deadline;
import org.advisorydesk.dashboard.DashboardFigures.Period;
import org.advisorydesk.dashboard.DashboardFigures.Quality;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.treaty.TreatyRegister;
import org.advisorydesk.web.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' view of the desk. Managers and coordinators see every agency; agency staff their own
 * agency's figures only (the agency filter is fixed to theirs); nobody else sees a dashboard.
 */
@Service
public class Dashboard {

    /** How far ahead the treaty deadlines look. */
    static final int DEADLINE_HORIZON_DAYS = 120;
    static final int OLDEST_TASKS = 10;
    static final int MAX_PAGE_SIZE = 200;

    private final DashboardQueries queries;
    private final DashboardRollups rollups;
    private final TreatyRegister register;
    private final FigureCache cache;
    private final JdbcClient jdbc;
    private final Clock clock;

    Dashboard(DashboardQueries queries, DashboardRollups rollups, TreatyRegister register, FigureCache cache, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.rollups = rollups;
        this.register = register;
        this.cache = cache;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The filter as this user may see it: agency staff's fixed to their agency; others' refused. */
    public DashboardFilter allowed(CurrentUser user, DashboardFilter filter) {
        if (seesEveryAgency(user)) {
            return filter;
        }
        if (user.isGovernment() || user.agencies().isEmpty()) {
            throw new ForbiddenException("The dashboard is for the desk's staff.");
        }
        if (filter.agency() != null && !user.agencies().contains(filter.agency())) {
            throw new ForbiddenException("You see the figures of " + user.agencies().iterator().next() + " only.");
        }
        return filter.agency() != null ? filter : filter.withAgency(user.agencies().stream().sorted().findFirst().orElseThrow());
    }

    /**
     * Every figure for the filter as this user may see it; the same filter's figures of the last
     * minute (configuration) are shown again rather than computed anew.
     */
    @Transactional(readOnly = true)
    public DashboardFigures figures(CurrentUser user, DashboardFilter requested) {
        DashboardFilter filter = allowed(user, requested);
        return cache.get(filter, () -> compute(filter));
    }

    private DashboardFigures compute(DashboardFilter filter) {
        Instant now = clock.instant();
        FactFigures period = periodFigures(filter);
        Map<RequestStatus, Long> finished = period.finished();
        Map<String, Long> byStatus = queries.openByStatus(filter);
        Map<String, Long> openRequests = queries.openRequestsByAgency(filter);
        DashboardFilter before = filter.previous();
        // the previous period for its headline figures only
        FactFigures last = new FactFigures(rollups.headlines(before, before.from(), before.to().plusDays(1)));
        // the open work now in one pass: per officer, and so per side and in all
        List<DashboardFigures.OfficerLoad> officers = queries.officerLoad(filter, now);
        Map<RequestStatus, Long> finishedBefore = last.finished();
        Period previous = new Period(before.from(), before.to(), last.submitted(), last.delivered(),
                finishedBefore.get(RequestStatus.CLOSED), finishedBefore.get(RequestStatus.REJECTED),
                finishedBefore.get(RequestStatus.LAPSED), finishedBefore.get(RequestStatus.WITHDRAWN),
                last.cycleTime(), last.onTime());
        return new DashboardFigures(filter.from(), filter.to(), filter.parameters(), now,
                period.submitted(),
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                period.delivered(),
                finished.get(RequestStatus.CLOSED), finished.get(RequestStatus.REJECTED),
                finished.get(RequestStatus.LAPSED), finished.get(RequestStatus.WITHDRAWN),
                period.cycleTime(),
                period.onTime(),
                officers.stream().mapToLong(DashboardFigures.OfficerLoad::overdueTasks).sum(),
                queries.waitingForGovernment(filter, now),
                previous,
                period.byMonth(filter.from(), filter.to()),
                byStatus,
                DashboardQueries.taskLoad(officers, openRequests),
                period.taskTimes(),
                period.timeSplit(),
                officers,
                queries.oldestTasks(filter, now, OLDEST_TASKS),
                new Quality(period.approvals(), period.acceptance()),
                deadlines(filter, LocalDate.ofInstant(now, ZoneOffset.UTC)));
    }

    /** The period's figures from the rollups, the days changed since the last fold read from the tables. */
    FactFigures periodFigures(DashboardFilter filter) {
        return new FactFigures(rollups.read(filter, filter.from(), filter.to().plusDays(1)));
    }

    /** The next reports of States parties due within the horizon or overdue, for the filter's State and instrument. */
    private List<Deadline> deadlines(DashboardFilter filter, LocalDate today) {
        return register.reportsDueBy(today.plusDays(DEADLINE_HORIZON_DAYS)).stream()
                .filter(d -> filter.state() == null || filter.state().equals(d.state()))
                .filter(d -> filter.instrument() == null || filter.instrument() == d.instrument())
                .map(d -> new Deadline(d.state(), d.instrument(), d.kind(), d.due(), d.due().isBefore(today),
                        ChronoUnit.DAYS.between(today, d.due())))
                .toList();
    }

    /** How many requests are behind the figure. */
    @Transactional(readOnly = true)
    public long countRequests(CurrentUser user, DashboardFilter requested, Figure figure) {
        Conditions c = figure.conditions(allowed(user, requested));
        return jdbc.sql("SELECT COUNT(*) FROM assistance_request a" + c.where()).params(c.parameters())
                .query(Long.class).single();
    }

    /** A page of the requests behind the figure, most recently submitted first. */
    @Transactional(readOnly = true)
    public List<RequestRow> requests(CurrentUser user, DashboardFilter requested, Figure figure, int page, int size) {
        List<RequestRow> rows = new ArrayList<>();
        eachRequest(user, requested, figure, " LIMIT " + Math.min(size, MAX_PAGE_SIZE) + " OFFSET " + ((long) page * size), rows::add);
        return rows;
    }

    /** Every request behind the figure, one after another, for the CSV (never all in memory). */
    @Transactional(readOnly = true)
    public void eachRequest(CurrentUser user, DashboardFilter requested, Figure figure, Consumer<RequestRow> row) {
        eachRequest(user, requested, figure, "", row);
    }

    private void eachRequest(CurrentUser user, DashboardFilter requested, Figure figure, String limit, Consumer<RequestRow> row) {
        Conditions c = figure.conditions(allowed(user, requested));
        Instant now = clock.instant();
        jdbc.sql("SELECT a.reference, a.requesting_state, a.status, a.instruments, a.assistance_types, a.submitted_at, "
                        + "a.delivered_at, a.finished_at, a.status_since, a.agency_seconds, a.government_seconds, "
                        + "(SELECT STRING_AGG(DISTINCT r.agency, ',') FROM request_routing r WHERE r.request_id = a.id AND r.role = 'LEAD') "
                        + "FROM assistance_request a" + c.where() + " ORDER BY a.submitted_at DESC, a.id DESC" + limit)
                .params(c.parameters())
                .query((ResultSet rs) -> {
                    row.accept(requestRow(rs, now));
                });
    }

    private static RequestRow requestRow(ResultSet rs, Instant now) throws SQLException {
        RequestStatus status = RequestStatus.valueOf(rs.getString(3));
        Instant since = instant(rs, 9) == null ? instant(rs, 6) : instant(rs, 9);
        long current = status.isFinal() ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
        long agencies = rs.getLong(10) + (status.isFinal() || status.withGovernment() ? 0 : current);
        long government = rs.getLong(11) + (status.withGovernment() ? current : 0);
        String leads = rs.getString(12);
        return new RequestRow(rs.getString(1), rs.getString(2), status.name(), split(rs.getString(4)),
                split(rs.getString(5)), leads == null ? List.of() : split(leads), instant(rs, 6), instant(rs, 7),
                instant(rs, 8), DashboardQueries.round(agencies / 86_400.0), DashboardQueries.round(government / 86_400.0));
    }

    /** A page of the tasks behind a figure of tasks. */
    @Transactional(readOnly = true)
    public List<TaskRow> tasks(CurrentUser user, DashboardFilter requested, TaskFigure figure, int page, int size) {
        Instant now = clock.instant();
        DashboardFilter filter = allowed(user, requested);
        Conditions c = taskConditions(filter, figure, now);
        return jdbc.sql("SELECT t.task_id, t.case_key, t.state, t.process_key, t.task_key, t.task_name, t.side, t.assignee, "
                        + "t.created_at, t.due_at, t.ended_at, t.is_open, t.open_seconds"
                        + DashboardQueries.tasks(filter) + c.where()
                        + (figure.view() == TaskFigure.View.COMPLETED ? " ORDER BY t.ended_at DESC, t.task_id"
                                : " ORDER BY t.created_at, t.task_id")
                        + " LIMIT " + Math.min(size, MAX_PAGE_SIZE) + " OFFSET " + ((long) page * size))
                .params(c.parameters())
                .query((rs, n) -> {
                    Instant due = instant(rs, 10);
                    boolean open = rs.getBoolean(12);
                    long seconds = rs.getLong(13);
                    Double hours = rs.wasNull() ? (open ? Duration.between(instant(rs, 9), now).toSeconds() / 3600.0 : null)
                            : seconds / 3600.0;
                    return new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), DashboardQueries.label(rs.getString(7)), rs.getString(8), instant(rs, 9), due,
                            instant(rs, 11), open, open && due != null && due.isBefore(now),
                            hours == null ? null : DashboardQueries.round(hours));
                })
                .list();
    }

    @Transactional(readOnly = true)
    public long countTasks(CurrentUser user, DashboardFilter requested, TaskFigure figure) {
        DashboardFilter filter = allowed(user, requested);
        Conditions c = taskConditions(filter, figure, clock.instant());
        return jdbc.sql("SELECT COUNT(*)" + DashboardQueries.tasks(filter) + c.where())
                .params(c.parameters()).query(Long.class).single();
    }

    private static Conditions taskConditions(DashboardFilter filter, TaskFigure figure, Instant now) {
        Conditions c = Conditions.tasks(filter);
        switch (figure.view()) {
            case OPEN -> c.add("t.is_open = TRUE").add(Conditions.STAFF_TASK);
            case OVERDUE -> c.add("t.is_open = TRUE").add("t.due_at < ?", now).add(Conditions.STAFF_TASK);
            case COMPLETED -> c.between("t.ended_at", filter.start(), filter.end()).add("t.completed = TRUE");
        }
        if (figure.side() != null) {
            c.add("(t.side = ? OR t.side = ?)", figure.side(), "AGENCY:" + figure.side());
        }
        if (TaskFigure.UNASSIGNED.equals(figure.assignee())) {
            c.add("t.assignee IS NULL");
        } else if (figure.assignee() != null) {
            c.add("t.assignee = ?", figure.assignee());
        }
        if (figure.processKey() != null) {
            c.add("t.process_key = ?", figure.processKey());
        }
        if (figure.taskKey() != null) {
            c.add("t.task_key = ?", figure.taskKey());
        }
        return c;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Managers and coordinators see every agency's figures; agency staff only their own. */
    public boolean seesEveryAgency(CurrentUser user) {
        return user.isManager() || user.isCoordinator();
    }

    /** The agencies a user's figures are fixed to, for the page's filter: all for the desk. */
    public List<Agency> agencyChoices(CurrentUser user) {
        return seesEveryAgency(user) ? List.of(Agency.values())
                : user.agencies().stream().sorted().toList();
    }
}
