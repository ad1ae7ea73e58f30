package org.advisorydesk.dashboard;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's rollups ({@code dashboard_rollup}): the facts of each day and of each ended month,
 * folded from the product's tables for the days work has changed ({@code dashboard_change}, written by
 * the work itself). A view reads the months and days its period covers, and the days changed since the
 * last fold from the tables themselves, so that it is never behind the work, and costs what its period
 * has months and days, not what the desk has done in it. A State's figures are always read from the
 * tables (a State has few rows, and the rollups do not keep States apart). Safe with several nodes: each
 * month is folded holding the one row of {@code dashboard_fold} (a node that waits too long for it logs
 * and folds at its next turn).
 */
@Component
public class DashboardRollups {

    static final String DAY = "D";
    static final String MONTH = "M";
    private static final Logger LOG = LoggerFactory.getLogger(DashboardRollups.class);
    private static final String COLUMNS = "instrument, assistance_type, agency, grain, period_start, fact, label, n, n2, n3, n4, h1, h2, h3";
    /** The same, with only the histogram a period's headline reads (the cycle time of deliveries): no other is decoded. */
    private static final String HEADLINE_COLUMNS = "instrument, assistance_type, agency, grain, period_start, fact, label, n, n2, n3, n4, "
            + "CASE WHEN fact = '" + Facts.DELIVERED + "' THEN h1 END, CAST(NULL AS VARCHAR(1)), CAST(NULL AS VARCHAR(1))";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RollupFold fold;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** One fold at a time on this node (the scheduled one and one asked for); nodes take turns on the row lock. */
    private final ReentrantLock folding = new ReentrantLock();
    /**
     * At most this many decoded rows are kept (some tens of megabytes); the months least recently read go
     * first. Guarded by itself, as {@link #decodedRows} and {@link #decodedVersion} are.
     */
    static final int DECODED_ROWS_KEPT = 100_000;
    private final LinkedHashMap<MonthRows, List<MonthRow>> decodedMonths = new LinkedHashMap<>(256, 0.75f, true);
    private int decodedRows;
    private long decodedVersion = -1;

    DashboardRollups(JdbcClient jdbc, JdbcTemplate template, RollupFold fold, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.fold = fold;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${advisorydesk.dashboard.fold-every:PT1M}",
            initialDelayString = "${advisorydesk.dashboard.fold-first-after:PT20S}")
    void foldOnSchedule() {
        if (!folding.tryLock()) {
            return; // this node is folding already
        }
        try {
            int days = fold();
            if (days > 0) {
                LOG.debug("Dashboard rollups: {} days folded", days);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not fold the dashboard's rollups; trying again at the next fold", e);
        } finally {
            folding.unlock();
        }
    }

    /**
     * Folds every changed day, and each month that has ended and changed or was never folded, a month
     * per transaction; answers how many days it folded.
     */
    public int fold() {
        folding.lock();
        try {
            YearMonth current = YearMonth.from(today());
            int days = 0;
            for (YearMonth month : monthsToFold(current)) {
                days += transaction.execute(status -> foldMonth(month, current));
            }
            transaction.executeWithoutResult(status -> {
                lock();
                jdbc.sql("UPDATE dashboard_fold SET months_through = ?, folded_at = ? WHERE id = 1")
                        .params(current.minusMonths(1).atDay(1), clock.instant().atOffset(ZoneOffset.UTC)).update();
            });
            return days;
        } finally {
            folding.unlock();
        }
    }

    /**
     * Marks every day the tables have figures for as changed, for the next fold to fold anew: after
     * rows were written to the tables other than by the product's work (a restore, an import).
     */
    public void refoldEverything() {
        transaction.executeWithoutResult(status -> {
            for (String column : new String[] {"a.submitted_at", "a.delivered_at", "a.finished_at"}) {
                jdbc.sql("INSERT INTO dashboard_change (changed_on) SELECT DISTINCT CAST(" + column + " AT TIME ZONE 'UTC' AS DATE) "
                        + "FROM assistance_request a WHERE " + column + " IS NOT NULL").update();
            }
            jdbc.sql("INSERT INTO dashboard_change (changed_on) SELECT DISTINCT CAST(ended_at AT TIME ZONE 'UTC' AS DATE) "
                    + "FROM task_interval WHERE ended_at IS NOT NULL").update();
        });
    }

    private List<YearMonth> monthsToFold(YearMonth current) {
        Set<YearMonth> months = new TreeSet<>();
        jdbc.sql("SELECT DISTINCT changed_on FROM dashboard_change").query(LocalDate.class).list()
                .forEach(day -> months.add(YearMonth.from(day)));
        YearMonth through = monthsThrough();
        if (through != null) {
            for (YearMonth m = through.plusMonths(1); m.isBefore(current); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return new ArrayList<>(months);
    }

    private int foldMonth(YearMonth month, YearMonth current) {
        lock();
        LocalDate first = month.atDay(1);
        LocalDate next = month.plusMonths(1).atDay(1);
        Long upTo = jdbc.sql("SELECT MAX(id) FROM dashboard_change WHERE changed_on >= ? AND changed_on < ?").params(first, next)
                .query(Long.class).optional().orElse(null);
        List<LocalDate> changed = upTo == null ? List.of()
                : jdbc.sql("SELECT DISTINCT changed_on FROM dashboard_change WHERE changed_on >= ? AND changed_on < ? AND id <= ? ORDER BY changed_on")
                        .params(first, next, upTo).query(LocalDate.class).list();
        YearMonth through = monthsThrough();
        boolean wholeMonth = month.isBefore(current) && (through == null || month.isAfter(through) || !changed.isEmpty());
        if (!wholeMonth && changed.isEmpty()) {
            return 0;
        }
        Facts days = wholeMonth ? fold.fold(first, next, null, UnaryOperator.identity())
                : fold.fold(changed.get(0), changed.get(changed.size() - 1).plusDays(1), null, UnaryOperator.identity());
        Set<LocalDate> changedDays = Set.copyOf(changed);
        List<Object[]> rows = new ArrayList<>();
        Facts monthFacts = new Facts();
        days.forEach((key, sums) -> {
            if (changedDays.contains(key.period())) {
                rows.add(row(DAY, key, sums));
            }
            if (wholeMonth) {
                monthFacts.add(new Facts.Key(first, key.instrument(), key.assistanceType(), key.agency(), key.fact()), sums);
            }
        });
        for (LocalDate day : changed) {
            jdbc.sql("DELETE FROM dashboard_rollup WHERE grain = ? AND period_start = ?").params(DAY, day).update();
        }
        if (wholeMonth) {
            jdbc.sql("DELETE FROM dashboard_rollup WHERE grain = ? AND period_start = ?").params(MONTH, first).update();
            // the month's rows a node keeps decoded are of the past from this commit on
            jdbc.sql("UPDATE dashboard_fold SET month_version = month_version + 1 WHERE id = 1").update();
            monthFacts.forEach((key, sums) -> rows.add(row(MONTH, key, sums)));
        }
        template.batchUpdate("INSERT INTO dashboard_rollup (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, 500, DashboardRollups::bind);
        if (upTo != null) {
            jdbc.sql("DELETE FROM dashboard_change WHERE changed_on >= ? AND changed_on < ? AND id <= ?").params(first, next, upTo).update();
        }
        return changed.size();
    }

    /**
     * The facts of the filter for the UTC days {@code [from, to)}, each in the period of its month's
     * first day.
     */
    Facts read(DashboardFilter filter, LocalDate from, LocalDate to) {
        return read(filter, from, to, COLUMNS);
    }

    /**
     * The facts a period's headline figures need (counts, and the histogram of cycle times): a previous
     * period's, beside the figures of the period shown. Facts of changed days come whole.
     */
    Facts headlines(DashboardFilter filter, LocalDate from, LocalDate to) {
        return read(filter, from, to, HEADLINE_COLUMNS);
    }

    private Facts read(DashboardFilter filter, LocalDate from, LocalDate to, String columns) {
        UnaryOperator<LocalDate> byMonth = day -> day.withDayOfMonth(1);
        String instrument = filter.instrument() == null ? Facts.ALL : filter.instrument().name();
        String type = filter.assistanceType() == null ? Facts.ALL : filter.assistanceType().name();
        String agency = filter.agency() == null ? Facts.ALL : filter.agency().name();
        Facts facts = new Facts();
        if (filter.state() != null) {
            addMatching(facts, fold.fold(from, to, filter.state(), byMonth), instrument, type, agency);
            return facts;
        }
        // the changes of every month the period touches: a month's row stands for the month only when none of its days changed
        LocalDate spanFrom = from.withDayOfMonth(1);
        LocalDate spanTo = YearMonth.from(to.minusDays(1)).plusMonths(1).atDay(1);
        Set<LocalDate> changedInMonths = new TreeSet<>(jdbc.sql("SELECT DISTINCT changed_on FROM dashboard_change "
                + "WHERE changed_on >= ? AND changed_on < ?").params(spanFrom, spanTo).query(LocalDate.class).list());
        Set<LocalDate> changed = new TreeSet<>();
        changedInMonths.stream().filter(day -> !day.isBefore(from) && day.isBefore(to)).forEach(changed::add);
        YearMonth through = monthsThrough();
        YearMonth current = YearMonth.from(today());
        // months read as their month row: those inside the period, and those the period covers for the
        // most part, less the rows of the days it leaves out (a year from the 2nd: one month and one day,
        // not thirty days)
        Set<LocalDate> monthRows = new TreeSet<>();
        List<LocalDate[]> leftOut = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(to); m = m.plusMonths(1)) {
            YearMonth month = m;
            boolean folded = through != null && !month.isAfter(through) && month.isBefore(current)
                    && changedInMonths.stream().noneMatch(day -> YearMonth.from(day).equals(month));
            if (!folded) {
                continue;
            }
            LocalDate first = month.atDay(1);
            LocalDate next = month.plusMonths(1).atDay(1);
            LocalDate coveredFrom = first.isBefore(from) ? from : first;
            LocalDate coveredTo = next.isAfter(to) ? to : next;
            long covered = ChronoUnit.DAYS.between(coveredFrom, coveredTo);
            if (covered == month.lengthOfMonth()) {
                monthRows.add(first);
            } else if (covered * 2 > month.lengthOfMonth()) {
                monthRows.add(first);
                if (coveredFrom.isAfter(first)) {
                    leftOut.add(new LocalDate[] {first, coveredFrom});
                }
                if (coveredTo.isBefore(next)) {
                    leftOut.add(new LocalDate[] {coveredTo, next});
                }
            }
        }
        String select = "SELECT " + columns + " FROM dashboard_rollup WHERE instrument = ? AND assistance_type = ? "
                + "AND agency = ? AND grain = ? AND period_start >= ? AND period_start < ?";
        if (!monthRows.isEmpty()) {
            for (MonthRow row : monthRows(select, instrument, type, agency, columns, monthRows)) {
                facts.add(row.key(), row.sums());
            }
        }
        for (LocalDate[] range : leftOut) {
            jdbc.sql(select).params(instrument, type, agency, DAY, range[0], range[1])
                    .query((ResultSet rs) -> facts.subtract(key(rs, byMonth), sums(rs)));
        }
        facts.dropEmpty();
        List<LocalDate[]> dayRanges = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            boolean byDay = !monthRows.contains(day.withDayOfMonth(1));
            if (byDay && start == null) {
                start = day;
            } else if (!byDay && start != null) {
                dayRanges.add(new LocalDate[] {start, day});
                start = null;
            }
        }
        if (start != null) {
            dayRanges.add(new LocalDate[] {start, to});
        }
        for (LocalDate[] range : dayRanges) {
            jdbc.sql(select).params(instrument, type, agency, DAY, range[0], range[1]).query((ResultSet rs) -> {
                if (!changed.contains(rs.getObject(5, LocalDate.class))) {
                    facts.add(key(rs, byMonth), sums(rs));
                }
            });
        }
        // the days changed since the last fold, from the tables: one fold per run of consecutive days
        LocalDate runStart = null;
        LocalDate runEnd = null;
        for (LocalDate day : changed) {
            if (runStart != null && !day.equals(runEnd)) {
                addMatching(facts, fold.fold(runStart, runEnd, null, byMonth), instrument, type, agency);
                runStart = null;
            }
            runStart = runStart == null ? day : runStart;
            runEnd = day.plusDays(1);
        }
        if (runStart != null) {
            addMatching(facts, fold.fold(runStart, runEnd, null, byMonth), instrument, type, agency);
        }
        return facts;
    }

    /** A month's rollup row, decoded. */
    private record MonthRow(Facts.Key key, FactSums sums) {
    }

    /** The month rows of one combination of filters and one set of columns. */
    private record MonthRows(String instrument, String assistanceType, String agency, String columns, LocalDate month) {
    }

    /**
     * The rows of these ended, folded months, decoded once and kept: such a month's rows change only when
     * a fold writes the month anew, and each of those adds one to {@code dashboard_fold.month_version},
     * read here first (a node forgets what it kept when another node's fold or its own changed it).
     * Kept rows are never changed: a view adds them into facts of its own. {@code select} is the
     * caller's query of the rollup rows between two starts of periods.
     */
    private List<MonthRow> monthRows(String select, String instrument, String type, String agency, String columns,
            Set<LocalDate> months) {
        long version = jdbc.sql("SELECT month_version FROM dashboard_fold WHERE id = 1").query(Long.class).single();
        synchronized (decodedMonths) {
            if (version != decodedVersion) {
                decodedMonths.clear();
                decodedRows = 0;
                decodedVersion = version;
            }
        }
        List<MonthRow> rows = new ArrayList<>();
        TreeSet<LocalDate> missing = new TreeSet<>();
        for (LocalDate month : months) {
            List<MonthRow> kept;
            synchronized (decodedMonths) {
                kept = decodedMonths.get(new MonthRows(instrument, type, agency, columns, month));
            }
            if (kept == null) {
                missing.add(month);
            } else {
                rows.addAll(kept);
            }
        }
        if (missing.isEmpty()) {
            return rows;
        }
        Map<LocalDate, List<MonthRow>> read = new HashMap<>();
        missing.forEach(month -> read.put(month, new ArrayList<>()));
        LocalDate first = missing.first();
        LocalDate end = missing.last().plusMonths(1);
        jdbc.sql(select).params(instrument, type, agency, MONTH, first, end).query((ResultSet rs) -> {
                    List<MonthRow> month = read.get(rs.getObject(5, LocalDate.class));
                    if (month != null) {
                        month.add(new MonthRow(key(rs, day -> day), sums(rs)));
                    }
                });
        synchronized (decodedMonths) {
            if (version == decodedVersion) {
                read.forEach((month, decoded) -> {
                    List<MonthRow> replaced = decodedMonths.put(new MonthRows(instrument, type, agency, columns, month),
                            List.copyOf(decoded));
                    decodedRows += decoded.size() - (replaced == null ? 0 : replaced.size());
                });
                for (var eldest = decodedMonths.entrySet().iterator(); decodedRows > DECODED_ROWS_KEPT && eldest.hasNext(); ) {
                    decodedRows -= eldest.next().getValue().size();
                    eldest.remove();
                }
            }
        }
        read.values().forEach(rows::addAll);
        return rows;
    }

    /** The facts folded under the one combination of the filters asked for (every fact is folded under all). */
    private static void addMatching(Facts into, Facts folded, String instrument, String type, String agency) {
        folded.forEach((key, sums) -> {
            if (key.instrument().equals(instrument) && key.assistanceType().equals(type) && key.agency().equals(agency)) {
                into.add(key, sums);
            }
        });
    }

    private static Facts.Key key(ResultSet rs, UnaryOperator<LocalDate> period) throws SQLException {
        return new Facts.Key(period.apply(rs.getObject(5, LocalDate.class)), rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(6));
    }

    private static FactSums sums(ResultSet rs) throws SQLException {
        return new FactSums(rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                Histogram.decode(rs.getString(12)), Histogram.decode(rs.getString(13)), Histogram.decode(rs.getString(14)));
    }

    private static Object[] row(String grain, Facts.Key key, FactSums sums) {
        return new Object[] {key.instrument(), key.assistanceType(), key.agency(), grain, key.period(), key.fact(), sums.label,
            sums.n, sums.n2, sums.n3, sums.n4, sums.h1.encode(), sums.h2.encode(), sums.h3.encode()};
    }

    private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i] instanceof LocalDate day ? Date.valueOf(day) : row[i];
            statement.setObject(i + 1, value);
        }
    }

    private void lock() {
        jdbc.sql("SELECT id FROM dashboard_fold WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    private YearMonth monthsThrough() {
        List<LocalDate> through = jdbc.sql("SELECT months_through FROM dashboard_fold WHERE id = 1")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
        return through.isEmpty() || through.get(0) == null ? null : YearMonth.from(through.get(0));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** How many rows the rollups hold, and how many changes wait for the next fold. */
    public Map<String, Long> counts() {
        return Map.of("rows", jdbc.sql("SELECT COUNT(*) FROM dashboard_rollup").query(Long.class).single(),
                "changes", jdbc.sql("SELECT COUNT(*) FROM dashboard_change").query(Long.class).single());
    }
}
