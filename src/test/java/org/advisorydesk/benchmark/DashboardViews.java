package org.advisorydesk.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' dashboard at volume: each view as the desk's staff ask it, the API beside a month's
 * window and the longest period (a view's cost should follow the figures it shows, not the finished
 * requests of other years), the CSV export on its own, and the database's own statistics of the
 * dashboard's queries, slowest first.
 */
final class DashboardViews {

    static final List<String> STAFF = List.of("manager", "coordinator", "ilo.officer");

    private final PageTimer timer;
    private final LocalDate today;

    DashboardViews(PageTimer timer, LocalDate today) {
        this.timer = timer;
        this.today = today;
    }

    /** The pages behind each figure and the dashboard itself for each signed-in staff user. */
    List<PageFigure> pages(Map<String, ToIntFunction<String>> clients) {
        List<String> paths = List.of("/work/dashboard", "/work/dashboard?agency=ILO&instrument=ICRMW",
                "/work/dashboard?from=" + fiveYearsAgo() + "&to=" + today, "/work/dashboard?state=PRY",
                "/work/dashboard/requests?figure=submitted", "/work/dashboard/requests?figure=status:IN_PROGRESS&page=3",
                "/work/dashboard/tasks?view=overdue", "/work/dashboard/tasks?view=completed&taskKey=approve-deliverable");
        List<PageFigure> figures = new ArrayList<>();
        for (String user : STAFF) {
            paths.forEach(path -> figures.add(timer.time(clients.get(user), user, path)));
        }
        return figures;
    }

    /** The figures as JSON: the default year, a recent month, the longest period. */
    List<PageFigure> api(BasicClient manager) {
        return List.of(timer.time(manager::get, "manager (Basic)", "/api/dashboard"),
                timer.time(manager::get, "manager (Basic)", "/api/dashboard?from=" + today.minusMonths(1) + "&to=" + today),
                timer.time(manager::get, "manager (Basic)", "/api/dashboard?from=" + fiveYearsAgo() + "&to=" + today));
    }

    /** The export of the requests submitted in the last twelve months, timed with its row count. */
    Export export(BasicClient manager, PageTimer exportTimer) {
        String path = "/api/dashboard/requests.csv";
        int[] lines = new int[1];
        PageFigure figure = exportTimer.time(p -> {
            BasicClient.Answer answer = manager.answer(p);
            lines[0] = (int) answer.body().lines().count();
            return answer.status();
        }, "manager (Basic)", path);
        return new Export(figure, Math.max(0, lines[0] - 1));
    }

    record Export(PageFigure figure, int rows) {
    }

    private LocalDate fiveYearsAgo() {
        return today.minusYears(5);
    }

    /** H2's statistics of each statement from now on (database-wide; the dashboard's are picked out after). */
    static void startQueryStatistics(JdbcTemplate jdbc) {
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
    }

    /** The dashboard's statements among H2's statistics: those on the product's tables it reads. */
    private static final String DASHBOARD = "SQL_STATEMENT LIKE '%assistance_request a%' OR SQL_STATEMENT LIKE '%task_interval%'";

    /** H2's statistics off, and those gathered so far dropped. */
    static void stopQueryStatistics(JdbcTemplate jdbc) {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
    }

    /** The dashboard's statements (those on the product's tables) by average time, slowest first, as table rows. */
    static List<String> slowestQueries(JdbcTemplate jdbc, int limit) {
        return slowestQueries(jdbc, limit, DASHBOARD);
    }

    /** The statements that {@code where} picks out of H2's statistics, by average time, slowest first, as table rows. */
    static List<String> slowestQueries(JdbcTemplate jdbc, int limit, String where) {
        List<String> rows = jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT, AVERAGE_EXECUTION_TIME, MAX_EXECUTION_TIME, "
                        + "AVERAGE_ROW_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                        + "WHERE " + where + " ORDER BY AVERAGE_EXECUTION_TIME DESC LIMIT " + limit,
                (rs, n) -> "| %.1f | %.1f | %d | %.0f | `%s` |".formatted(rs.getDouble(3), rs.getDouble(4), rs.getLong(2),
                        rs.getDouble(5), shorten(rs.getString(1))));
        return rows;
    }

    /**
     * H2's plan of each of the slowest dashboard statements (parameters unset: the plan names the index
     * each condition uses, or a full scan as {@code tableScan}), one Markdown code block each.
     */
    static List<String> plans(JdbcTemplate jdbc, int limit) {
        List<String> statements = jdbc.queryForList("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                + "WHERE " + DASHBOARD + " ORDER BY AVERAGE_EXECUTION_TIME DESC LIMIT " + limit, String.class);
        List<String> plans = new ArrayList<>();
        for (String sql : statements) {
            String plan = jdbc.execute((java.sql.Connection c) -> {
                try (var explain = c.prepareStatement("EXPLAIN " + sql)) {
                    for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                        explain.setObject(i, null);
                    }
                    try (var rs = explain.executeQuery()) {
                        return rs.next() ? rs.getString(1) : "";
                    }
                } catch (java.sql.SQLException e) {
                    return "(no plan: " + e.getMessage() + ")";
                }
            });
            plans.add("```sql" + System.lineSeparator() + plan + System.lineSeparator() + "```");
        }
        return plans;
    }

    private static String shorten(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").replace("|", "\\|");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + " …" : oneLine;
    }
}
