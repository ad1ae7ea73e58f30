package org.advisorydesk.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.identity.CurrentUser;
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
    private final DashboardCsv csv;
    private final Clock clock;

    DashboardApiController(Dashboard dashboard, DashboardCsv csv, Clock clock) {
        this.dashboard = dashboard;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every figure of the dashboard for the filters (default: the last 12 months)")
    DashboardFigures figures(CurrentUser user, @RequestParam Map<String, String> parameters) {
        return dashboard.figures(user, DashboardFilter.parse(parameters, clock));
    }

    @GetMapping(value = "/requests.csv", produces = "text/csv")
    @ApiResponse(responseCode = "200", description = "The CSV, a header row first",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(summary = "The requests behind a figure (figure=submitted by default), one CSV row each")
    void requests(CurrentUser user, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        csv.requests(user, parameters, response);
    }

    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    @ApiResponse(responseCode = "200", description = "The CSV, a header row first",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(summary = "One table of the dashboard: months, status, agencies, task-times, officers, oldest-tasks, "
            + "approvals, deadlines")
    void table(CurrentUser user, @PathVariable String table, @RequestParam Map<String, String> parameters,
            HttpServletResponse response) throws IOException {
        csv.table(user, table, parameters, response);
    }
}
