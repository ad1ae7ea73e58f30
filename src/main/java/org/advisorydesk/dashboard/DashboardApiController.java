package org.advisorydesk.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard as JSON and CSV, for other tools: {@code /api/dashboard} with the page's filters
 * ({@code from}, {@code to}, {@code agency}, {@code instrument}, {@code assistanceType}, {@code state}).
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard", description = "The desk's figures, for managers, coordinators and agency staff (their agency's)")
class DashboardApiController {

    private final Dashboard dashboard;
    private final DashboardTables tables;
    private final Clock clock;

    DashboardApiController(Dashboard dashboard, DashboardTables tables, Clock clock) {
        this.dashboard = dashboard;
        this.tables = tables;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every figure of the dashboard for the filters (default: the last 12 months)")
    DashboardFigures figures(CurrentUser user, @RequestParam Map<String, String> parameters) {
        return dashboard.figures(user, DashboardFilter.parse(parameters, clock));
    }

    @GetMapping(value = "/requests.csv", produces = "text/csv")
    @Operation(summary = "The requests behind a figure (figure=submitted by default), one CSV row each")
    void requests(CurrentUser user, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        DashboardFilter filter = dashboard.allowed(user, DashboardFilter.parse(parameters, clock));
        Figure figure = Figure.parse(parameters.get("figure"));
        start(response, "requests-" + figure.parameter().replace(':', '-') + "-" + filter.from() + "-" + filter.to());
        try (Writer out = writer(response); CsvRows csv = new CsvRows(out, DashboardTables.REQUEST_COLUMNS)) {
            dashboard.eachRequest(user, filter, figure, row -> csv.write(DashboardTables.requestCells(row)));
        }
    }

    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    @Operation(summary = "One table of the dashboard: months, status, agencies, task-times, officers, oldest-tasks, "
            + "approvals, deadlines")
    void table(CurrentUser user, @PathVariable String table, @RequestParam Map<String, String> parameters,
            HttpServletResponse response) throws IOException {
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
