package org.advisorydesk.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The dashboard's CSV downloads, the same for the API (HTTP Basic) and for the pages (the signed-in
 * session): the requests behind a figure, streamed row by row, and each table of the dashboard.
 */
@Component
class DashboardCsv {

    private final Dashboard dashboard;
    private final DashboardTables tables;
    private final Clock clock;

    DashboardCsv(Dashboard dashboard, DashboardTables tables, Clock clock) {
        this.dashboard = dashboard;
        this.tables = tables;
        this.clock = clock;
    }

    void requests(CurrentUser user, Map<String, String> parameters, HttpServletResponse response) throws IOException {
        DashboardFilter filter = dashboard.allowed(user, DashboardFilter.parse(parameters, clock));
        Figure figure = Figure.parse(parameters.get("figure"));
        start(response, "requests-" + figure.parameter().replace(':', '-') + "-" + filter.from() + "-" + filter.to());
        try (Writer out = writer(response); CsvRows csv = new CsvRows(out, DashboardTables.REQUEST_COLUMNS)) {
            dashboard.eachRequest(user, filter, figure, row -> csv.write(DashboardTables.requestCells(row)));
        }
    }

    void table(CurrentUser user, String table, Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        if (!DashboardTables.NAMES.contains(table)) {
            throw new NotFoundException("No dashboard table " + table + "; there are " + DashboardTables.NAMES + ".");
        }
        DashboardFigures figures = dashboard.figures(user, DashboardFilter.parse(parameters, clock));
        DashboardTables.Table rows = tables.table(table, figures);
        start(response, table + "-" + figures.from() + "-" + figures.to());
        try (Writer out = writer(response); CsvRows csv = new CsvRows(out, rows.columns())) {
            for (List<Object> row : rows.rows()) {
                csv.write(row);
            }
        }
    }

    private static void start(HttpServletResponse response, String name) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }
}
