package org.advisorydesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.advisorydesk.request.Instrument;
import org.advisorydesk.treaty.ReportKind;

/**
 * Every figure of the dashboard for one filter, as the page shows it and {@code GET /api/dashboard}
 * returns it. Counts in the period are of requests submitted, delivered (first delivery) or finished
 * in it; {@code open}, {@code byStatus}, loads and waits are as of now. Durations of requests are in
 * days, of tasks in hours; a spread of no values has a count of 0 and no median.
 */
public record DashboardFigures(
        LocalDate from,
        LocalDate to,
        Map<String, String> filters,
        Instant asOf,
        long submitted,
        long open,
        long delivered,
        long closed,
        long rejected,
        long lapsed,
        long withdrawn,
        Spread cycleTimeDays,
        OnTime onTime,
        long overdueTasks,
        Waiting waitingForGovernment,
        Period previous,
        List<Month> byMonth,
        Map<String, Long> byStatus,
        List<AgencyLoad> byAgency,
        List<TaskTimes> taskTimes,
        TimeSplit timeSplit,
        List<OfficerLoad> byOfficer,
        List<OldTask> oldestTasks,
        Quality quality,
        List<Deadline> treatyDeadlines) {

    /** Median, 90th percentile and number of values. */
    public record Spread(Double median, Double p90, long count) {
        static final Spread NONE = new Spread(null, null, 0);
    }

    /** Staff tasks completed in the period that had a due date, and how many of them by it. */
    public record OnTime(long completed, long onTime, Double share) {
    }

    /** Requests waiting for their government now, and for how long (days since the ball went to it). */
    public record Waiting(long count, Double medianDays, Double longestDays) {
    }

    /** The headline figures of the period of the same length before this one. */
    public record Period(LocalDate from, LocalDate to, long submitted, long delivered, long closed, long rejected,
            long lapsed, long withdrawn, Spread cycleTimeDays, OnTime onTime) {
    }

    /** Requests submitted and first delivered in one calendar month (UTC), {@code 2026-03}. */
    public record Month(String month, long submitted, long delivered) {
    }

    /**
     * A side's load now: {@code agency} is ILO, IOM, OHCHR, UNESCO, or the desk's own COORDINATORS and
     * MANAGERS; open requests routed to the agency (none for the desk's groups), its open and overdue tasks.
     */
    public record AgencyLoad(String agency, long openRequests, long openTasks, long overdueTasks) {
    }

    /**
     * One kind of task, completed in the period: how long it waited for someone to claim it, how long it
     * took from the claim to completion, and its whole time open (with the mean the heatmap colours by).
     */
    public record TaskTimes(String processKey, String taskKey, String taskName, Spread waitBeforeClaimHours,
            Spread timeToCompleteHours, Spread openHours, Double meanOpenHours) {
    }

    /** For requests finished in the period: days with the agencies, and days waiting for the government. */
    public record TimeSplit(Spread withAgenciesDays, Spread withGovernmentDays) {
    }

    /** An officer's open and overdue tasks now; {@code assignee} absent for the side's unclaimed ones. */
    public record OfficerLoad(String agency, String assignee, long openTasks, long overdueTasks) {
    }

    /** One of the oldest open staff tasks. */
    public record OldTask(String taskId, String caseKey, String taskKey, String taskName, String agency, String assignee,
            Instant createdAt, Instant dueAt, boolean overdue) {
    }

    /** Deliverables the managers' four-eyes review sent back, and those the government took without a question. */
    public record Quality(List<Approvals> approvals, Acceptance acceptance) {
    }

    /** One agency's deliverables reviewed by the managers in the period and how many were rejected. */
    public record Approvals(String agency, long reviewed, long rejected, Double rejectedShare) {
    }

    /** Requests closed in the period, and those whose government accepted without asking a question. */
    public record Acceptance(long closed, long withoutQuestion, Double share) {
    }

    /** A State's next report under an instrument, due within the horizon or overdue. */
    public record Deadline(String state, Instrument instrument, ReportKind kind, LocalDate due, boolean overdue,
            long daysLeft) {
    }
}
