package org.advisorydesk.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.advisorydesk.dashboard.DashboardFigures.Acceptance;
import org.advisorydesk.dashboard.DashboardFigures.Approvals;
import org.advisorydesk.dashboard.DashboardFigures.Month;
import org.advisorydesk.dashboard.DashboardFigures.OnTime;
import org.advisorydesk.dashboard.DashboardFigures.Spread;
import org.advisorydesk.dashboard.DashboardFigures.TaskTimes;
import org.advisorydesk.dashboard.DashboardFigures.TimeSplit;
import org.advisorydesk.request.RequestStatus;

/** The figures of a period, from its {@link Facts} (one combination of filters, by month). */
final class FactFigures {

    private static final double DAY = 86_400;
    private static final double HOUR = 3_600;

    /** fact → its sums over the period */
    private final Map<String, FactSums> totals = new TreeMap<>();
    /** month → fact → sums */
    private final Map<LocalDate, Map<String, FactSums>> months = new TreeMap<>();

    FactFigures(Facts facts) {
        facts.forEach((key, sums) -> {
            totals.computeIfAbsent(key.fact(), f -> new FactSums()).addAll(sums);
            months.computeIfAbsent(key.period(), m -> new TreeMap<>()).computeIfAbsent(key.fact(), f -> new FactSums())
                    .addAll(sums);
        });
    }

    long submitted() {
        return total(Facts.SUBMITTED).n;
    }

    long delivered() {
        return total(Facts.DELIVERED).n;
    }

    /** Requests that reached each final status. */
    Map<RequestStatus, Long> finished() {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(RequestStatus.values()).filter(RequestStatus::isFinal)
                .forEach(s -> counts.put(s, total(Facts.FINISHED + s.name()).n));
        return counts;
    }

    /** Days from submission to first delivery. */
    Spread cycleTime() {
        return spread(total(Facts.DELIVERED).h1, DAY);
    }

    /** Of the requests finished: days with the agencies, days waiting for the government. */
    TimeSplit timeSplit() {
        FactSums finished = new FactSums();
        totals.forEach((fact, sums) -> {
            if (fact.startsWith(Facts.FINISHED)) {
                finished.addAll(sums);
            }
        });
        return new TimeSplit(spread(finished.h1, DAY), spread(finished.h2, DAY));
    }

    OnTime onTime() {
        long withDue = 0;
        long onTime = 0;
        for (Map.Entry<String, FactSums> e : totals.entrySet()) {
            if (e.getKey().startsWith(Facts.TASK)) {
                withDue += e.getValue().n2;
                onTime += e.getValue().n3;
            }
        }
        return new OnTime(withDue, onTime, withDue == 0 ? null : DashboardQueries.round3((double) onTime / withDue));
    }

    /** Submitted and first delivered per calendar month from the first to the last day (UTC). */
    List<Month> byMonth(LocalDate from, LocalDate to) {
        List<Month> series = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            Map<String, FactSums> month = months.getOrDefault(m.atDay(1), Map.of());
            series.add(new Month(m.toString(), n(month, Facts.SUBMITTED), n(month, Facts.DELIVERED)));
        }
        return series;
    }

    /** Per kind of task completed: waits before the claim, times to complete, time open, by process and task key. */
    List<TaskTimes> taskTimes() {
        List<TaskTimes> times = new ArrayList<>();
        totals.forEach((fact, sums) -> {
            if (fact.startsWith(Facts.TASK) && sums.n > 0) {
                String[] keys = fact.substring(Facts.TASK.length()).split("\\|", 2);
                Double mean = sums.h3.mean();
                times.add(new TaskTimes(keys[0], keys[1], sums.label, spread(sums.h1, HOUR), spread(sums.h2, HOUR),
                        spread(sums.h3, HOUR), mean == null ? null : DashboardQueries.round(mean / HOUR)));
            }
        });
        times.sort((a, b) -> a.processKey().equals(b.processKey()) ? a.taskKey().compareTo(b.taskKey())
                : a.processKey().compareTo(b.processKey()));
        return times;
    }

    /** The managers' four-eyes reviews, per agency whose deliverable it was. */
    List<Approvals> approvals() {
        List<Approvals> approvals = new ArrayList<>();
        totals.forEach((fact, sums) -> {
            if (fact.startsWith(Facts.APPROVALS) && sums.n > 0) {
                approvals.add(new Approvals(fact.substring(Facts.APPROVALS.length()), sums.n, sums.n2,
                        DashboardQueries.round3((double) sums.n2 / sums.n)));
            }
        });
        return approvals;
    }

    /** Requests closed, and those whose government asked no question on the way. */
    Acceptance acceptance() {
        FactSums closed = total(Facts.FINISHED + RequestStatus.CLOSED.name());
        return new Acceptance(closed.n, closed.n2, closed.n == 0 ? null : DashboardQueries.round3((double) closed.n2 / closed.n));
    }

    private FactSums total(String fact) {
        return totals.getOrDefault(fact, new FactSums());
    }

    private static long n(Map<String, FactSums> month, String fact) {
        FactSums sums = month.get(fact);
        return sums == null ? 0 : sums.n;
    }

    private static Spread spread(Histogram histogram, double unit) {
        if (histogram.count() == 0) {
            return Spread.NONE;
        }
        return new Spread(DashboardQueries.round(histogram.percentile(0.5) / unit),
                DashboardQueries.round(histogram.percentile(0.9) / unit), histogram.count());
    }
}
