package org.advisorydesk.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.advisorydesk.dashboard.DashboardFigures.Spread;
import org.springframework.stereotype.Component;

/**
 * Each table of the dashboard as rows of cells, for its CSV download; column names are the JSON's.
 * Times are ISO 8601 in UTC, durations in the unit the column names.
 */
@Component
class DashboardTables {

    static final List<String> NAMES = List.of("months", "status", "agencies", "task-times", "officers",
            "oldest-tasks", "approvals", "deadlines");

    static final List<String> REQUEST_COLUMNS = List.of("reference", "state", "status", "instruments",
            "assistanceTypes", "leadAgencies", "submitted", "delivered", "closed", "daysWithAgencies",
            "daysWithGovernment");

    record Table(List<String> columns, List<List<Object>> rows) {
    }

    static List<Object> requestCells(RequestRow r) {
        return Arrays.asList(r.reference(), r.state(), r.status(), String.join(" ", r.instruments()),
                String.join(" ", r.assistanceTypes()), String.join(" ", r.leadAgencies()), r.submitted(), r.delivered(),
                r.finished(), r.daysWithAgencies(), r.daysWithGovernment());
    }

    Table table(String name, DashboardFigures f) {
        return switch (name) {
            case "months" -> new Table(List.of("month", "submitted", "delivered"),
                    f.byMonth().stream().map(m -> List.<Object>of(m.month(), m.submitted(), m.delivered())).toList());
            case "status" -> new Table(List.of("status", "openRequests"),
                    f.byStatus().entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
            case "agencies" -> new Table(List.of("agency", "openRequests", "openTasks", "overdueTasks"),
                    f.byAgency().stream().map(a -> List.<Object>of(a.agency(), a.openRequests(), a.openTasks(), a.overdueTasks())).toList());
            case "task-times" -> new Table(List.of("processKey", "taskKey", "taskName", "claimWaitMedianHours",
                    "claimWaitP90Hours", "claimed", "completeMedianHours", "completeP90Hours", "completed",
                    "openMedianHours", "openP90Hours", "openMeanHours"),
                    f.taskTimes().stream().map(t -> {
                        List<Object> row = new ArrayList<>(List.of(t.processKey(), t.taskKey(), t.taskName()));
                        row.addAll(cells(t.waitBeforeClaimHours()));
                        row.addAll(cells(t.timeToCompleteHours()));
                        row.add(t.openHours().median());
                        row.add(t.openHours().p90());
                        row.add(t.meanOpenHours());
                        return row;
                    }).toList());
            case "officers" -> new Table(List.of("agency", "assignee", "openTasks", "overdueTasks"),
                    f.byOfficer().stream().map(o -> Arrays.<Object>asList(o.agency(), o.assignee(), o.openTasks(), o.overdueTasks())).toList());
            case "oldest-tasks" -> new Table(List.of("taskId", "case", "task", "agency", "assignee", "created", "due", "overdue"),
                    f.oldestTasks().stream().map(t -> Arrays.<Object>asList(t.taskId(), t.caseKey(), t.taskName(), t.agency(),
                            t.assignee(), t.createdAt(), t.dueAt(), t.overdue())).toList());
            case "approvals" -> new Table(List.of("agency", "reviewed", "rejected", "rejectedShare"),
                    f.quality().approvals().stream().map(a -> Arrays.<Object>asList(a.agency(), a.reviewed(), a.rejected(),
                            a.rejectedShare())).toList());
            case "deadlines" -> new Table(List.of("state", "instrument", "report", "due", "overdue", "daysLeft"),
                    f.treatyDeadlines().stream().map(d -> List.<Object>of(d.state(), d.instrument(), d.kind(), d.due(),
                            d.overdue(), d.daysLeft())).toList());
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static List<Object> cells(Spread s) {
        return Arrays.asList(s.median(), s.p90(), s.count());
    }
}
