package org.advisorydesk.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.advisorydesk.dashboard.DashboardCharts.Item;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.Moment;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's pages: {@code /work/dashboard} with its filters in the URL, and the requests and tasks
 * behind each figure ({@code /work/dashboard/requests}, {@code /work/dashboard/tasks}) with the same filters.
 */
@Controller
class DashboardPageController {

    static final int PAGE_SIZE = 25;

    private final Dashboard dashboard;
    private final ProcessDiagrams diagrams;
    private final DashboardCsv csv;
    private final Clock clock;

    DashboardPageController(Dashboard dashboard, ProcessDiagrams diagrams, DashboardCsv csv, Clock clock) {
        this.dashboard = dashboard;
        this.diagrams = diagrams;
        this.csv = csv;
        this.clock = clock;
    }

    /** The downloads of the pages, in the signed-in session (the API's take HTTP Basic). */
    @GetMapping(value = "/work/dashboard/requests.csv", produces = "text/csv")
    void requestsCsv(CurrentUser user, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        csv.requests(user, parameters, response);
    }

    @GetMapping(value = "/work/dashboard/{table:[a-z-]+}.csv", produces = "text/csv")
    void tableCsv(CurrentUser user, @PathVariable String table, @RequestParam Map<String, String> parameters,
            HttpServletResponse response) throws IOException {
        csv.table(user, table, parameters, response);
    }

    @GetMapping("/work/dashboard")
    String dashboard(CurrentUser user, @RequestParam Map<String, String> parameters, Locale locale, Model model) {
        DashboardFilter filter = dashboard.allowed(user, DashboardFilter.parse(parameters, clock));
        DashboardFigures f = dashboard.figures(user, filter);
        String q = filter.query();
        filterModel(user, filter, model);
        model.addAttribute("f", f);
        model.addAttribute("asOf", Moment.of(f.asOf()));
        model.addAttribute("statusBars", DashboardCharts.bars(f.byStatus().entrySet().stream()
                .map(e -> new Item("work.status." + e.getKey(), e.getValue(),
                        "/work/dashboard/requests?" + q + "&figure=status:" + e.getKey()))
                .toList()));
        model.addAttribute("agencyBars", DashboardCharts.bars(f.byAgency().stream()
                .filter(a -> isAgency(a.agency()))
                .map(a -> new Item(a.agency(), a.openRequests(), "/work/dashboard/requests?" + agencyQuery(filter, a.agency())
                        + "&figure=open"))
                .toList()));
        model.addAttribute("overdueBars", DashboardCharts.bars(f.byAgency().stream()
                .map(a -> new Item(a.agency(), a.overdueTasks(),
                        "/work/dashboard/tasks?" + q + "&view=overdue&side=" + a.agency()))
                .toList()));
        model.addAttribute("months", DashboardCharts.months(f.byMonth(),
                m -> "/work/dashboard/requests?" + monthQuery(filter, m.month()) + "&figure=submitted",
                m -> "/work/dashboard/requests?" + monthQuery(filter, m.month()) + "&figure=delivered"));
        model.addAttribute("agencyQueries", Arrays.stream(Agency.values())
                .collect(Collectors.toMap(Agency::name, a -> filter.withAgency(a).query())));
        model.addAttribute("heatmaps", diagrams.processKeys().stream()
                .map(key -> DiagramView.of(diagrams.diagram(key, locale), f.taskTimes().stream()
                        .filter(k -> k.processKey().equals(key) && k.openHours().count() > 0)
                        .collect(Collectors.toMap(DashboardFigures.TaskTimes::taskKey, k -> new ActivityFigure(k.taskKey(),
                                k.openHours().count(), k.meanOpenHours(), k.openHours().median())))))
                .toList());
        model.addAttribute("oldest", f.oldestTasks().stream()
                .map(t -> new OldTaskRow(t, Moment.of(t.createdAt()), Moment.of(t.dueAt()))).toList());
        return "dashboard/dashboard";
    }

    record OldTaskRow(DashboardFigures.OldTask task, Moment created, Moment due) {
    }

    record RequestLine(RequestRow row, Moment submitted, Moment delivered, Moment finished) {
    }

    record TaskLine(TaskRow row, Moment created, Moment due, Moment ended) {
    }

    @GetMapping("/work/dashboard/requests")
    String requests(CurrentUser user, @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") String page, Model model) {
        DashboardFilter filter = dashboard.allowed(user, DashboardFilter.parse(parameters, clock));
        Figure figure = Figure.parse(parameters.get("figure"));
        int number = pageNumber(page);
        long total = dashboard.countRequests(user, filter, figure);
        filterModel(user, filter, model);
        model.addAttribute("figure", figure);
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", dashboard.requests(user, filter, figure, number, PAGE_SIZE).stream()
                .map(r -> new RequestLine(r, Moment.of(r.submitted()), Moment.of(r.delivered()), Moment.of(r.finished())))
                .toList());
        model.addAttribute("self", "/work/dashboard/requests?" + filter.query() + "&figure=" + figure.parameter());
        return "dashboard/requests";
    }

    @GetMapping("/work/dashboard/tasks")
    String tasks(CurrentUser user, @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") String page, Model model) {
        DashboardFilter filter = dashboard.allowed(user, DashboardFilter.parse(parameters, clock));
        TaskFigure figure = TaskFigure.parse(parameters);
        int number = pageNumber(page);
        long total = dashboard.countTasks(user, filter, figure);
        filterModel(user, filter, model);
        model.addAttribute("taskFigure", figure);
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", dashboard.tasks(user, filter, figure, number, PAGE_SIZE).stream()
                .map(t -> new TaskLine(t, Moment.of(t.created()), Moment.of(t.due()), Moment.of(t.ended()))).toList());
        model.addAttribute("self", "/work/dashboard/tasks?" + filter.query() + "&" + figure.query());
        return "dashboard/tasks";
    }

    private void filterModel(CurrentUser user, DashboardFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter.query());
        model.addAttribute("agencies", dashboard.agencyChoices(user));
        model.addAttribute("agencyFixed", !dashboard.seesEveryAgency(user));
        model.addAttribute("instruments", Instrument.values());
        model.addAttribute("types", AssistanceType.values());
        model.addAttribute("finalStatuses", List.of(RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.LAPSED,
                RequestStatus.WITHDRAWN));
    }

    private static boolean isAgency(String label) {
        return Arrays.stream(Agency.values()).anyMatch(a -> a.name().equals(label));
    }

    private static String agencyQuery(DashboardFilter filter, String agency) {
        return filter.withAgency(Agency.valueOf(agency)).query();
    }

    /** The filter narrowed to one month of its period. */
    private static String monthQuery(DashboardFilter filter, String month) {
        YearMonth m = YearMonth.parse(month);
        LocalDate from = m.atDay(1).isBefore(filter.from()) ? filter.from() : m.atDay(1);
        LocalDate to = m.atEndOfMonth().isAfter(filter.to()) ? filter.to() : m.atEndOfMonth();
        return new DashboardFilter(from, to, filter.agency(), filter.instrument(), filter.assistanceType(), filter.state()).query();
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "must be a number");
        }
    }
}
