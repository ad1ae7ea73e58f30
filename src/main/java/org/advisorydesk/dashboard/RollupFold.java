package org.advisorydesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.advisorydesk.request.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Folds the product's own tables into {@link Facts}: the requests submitted, delivered and finished and
 * the tasks completed on some days, each counted once under every combination of the filters it matches,
 * the way {@link Conditions} matches them: its request's (or monitoring case's) instruments, its
 * assistance types (a branch task's own), its agencies (a request's routed ones, a task's own), or {@code *}.
 */
@Component
class RollupFold {

    private final JdbcClient jdbc;

    RollupFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The facts of the UTC days {@code [from, to)}, of one State if given, each counted in the period
     * {@code period} maps its day to (the day itself, or its month's first day).
     */
    Facts fold(LocalDate from, LocalDate to, String state, UnaryOperator<LocalDate> period) {
        Facts facts = new Facts();
        foldRequests(facts, from, to, state, period);
        foldTasks(facts, from, to, state, period);
        return facts;
    }

    private void foldRequests(Facts facts, LocalDate from, LocalDate to, String state, UnaryOperator<LocalDate> period) {
        String stateCondition = state == null ? "" : " AND a.requesting_state = ?";
        requests("a.submitted_at", "", from, to, state, stateCondition, row -> row.emit(facts, period, Facts.SUBMITTED,
                sums -> sums.n++));
        requests("a.delivered_at", ", a.cycle_seconds", from, to, state, stateCondition, row -> row.emit(facts, period,
                Facts.DELIVERED, sums -> {
                    sums.n++;
                    if (row.seconds[0] != null) {
                        sums.h1.add(row.seconds[0]);
                    }
                }));
        requests("a.finished_at", ", a.agency_seconds, a.government_seconds, a.status, "
                        + "(SELECT COUNT(*) FROM task_interval q WHERE q.case_key = a.reference AND q.task_key = 'answer-question')",
                from, to, state, stateCondition, row -> row.emit(facts, period, Facts.FINISHED + row.status, sums -> {
                    sums.n++;
                    sums.h1.add(row.seconds[0]);
                    sums.h2.add(row.seconds[1]);
                    if (row.questions == 0) {
                        sums.n2++;
                    }
                }));
    }

    /** One request counted on the day of {@code column}, with its routed agencies. */
    private final class RequestFacts {
        final LocalDate day;
        final Set<String> instruments;
        final Set<String> types;
        final Set<String> agencies = new LinkedHashSet<>();
        final Long[] seconds = new Long[2];
        String status;
        long questions;

        RequestFacts(LocalDate day, String instruments, String types) {
            this.day = day;
            this.instruments = split(instruments);
            this.types = split(types);
        }

        void emit(Facts facts, UnaryOperator<LocalDate> period, String fact, Consumer<FactSums> count) {
            explode(facts, period.apply(day), instruments, types, agencies, fact, count);
        }
    }

    private void requests(String column, String more, LocalDate from, LocalDate to, String state, String stateCondition,
            Consumer<RequestFacts> each) {
        Map<Long, RequestFacts> byId = new HashMap<>();
        List<Long> order = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(List.of(utc(from), utc(to)));
        if (state != null) {
            parameters.add(state);
        }
        jdbc.sql("SELECT a.id, " + column + ", a.instruments, a.assistance_types, r.agency" + more
                        + " FROM assistance_request a LEFT JOIN request_routing r ON r.request_id = a.id WHERE "
                        + column + " >= ? AND " + column + " < ?" + stateCondition)
                .params(parameters)
                .query((ResultSet rs) -> {
                    long id = rs.getLong(1);
                    RequestFacts row = byId.get(id);
                    if (row == null) {
                        row = new RequestFacts(day(rs, 2), rs.getString(3), rs.getString(4));
                        readMore(rs, more, row);
                        byId.put(id, row);
                        order.add(id);
                    }
                    if (rs.getString(5) != null) {
                        row.agencies.add(rs.getString(5));
                    }
                });
        order.forEach(id -> each.accept(byId.get(id)));
    }

    private static void readMore(ResultSet rs, String more, RequestFacts row) throws SQLException {
        if (more.isEmpty()) {
            return;
        }
        row.seconds[0] = longOrNull(rs, 6);
        if (more.contains("government_seconds")) {
            row.seconds[1] = longOrNull(rs, 7);
            row.status = rs.getString(8);
            row.questions = rs.getLong(9);
        }
    }

    private void foldTasks(Facts facts, LocalDate from, LocalDate to, String state, UnaryOperator<LocalDate> period) {
        List<Object> parameters = new ArrayList<>(List.of(utc(from), utc(to)));
        if (state != null) {
            parameters.add(state);
        }
        jdbc.sql("SELECT t.ended_at, t.case_key, t.process_key, t.task_key, t.task_name, t.assistance_type, t.side, t.agency, "
                        + "t.claim_seconds, t.work_seconds, t.open_seconds, t.due_at, t.on_time, t.outcome, a.id, a.instruments, "
                        + "a.assistance_types FROM task_interval t LEFT JOIN assistance_request a ON a.reference = t.case_key "
                        + "WHERE t.ended_at >= ? AND t.ended_at < ? AND t.completed = TRUE" + (state == null ? "" : " AND t.state = ?"))
                .params(parameters)
                .query((ResultSet rs) -> {
                    LocalDate day = period.apply(day(rs, 1));
                    boolean request = rs.getObject(15) != null;
                    Set<String> instruments = request ? split(rs.getString(16)) : monitoringInstrument(rs.getString(2));
                    Set<String> types = rs.getString(6) != null ? Set.of(rs.getString(6))
                            : request ? split(rs.getString(17)) : Set.of();
                    Set<String> agencies = rs.getString(8) == null ? Set.of() : Set.of(rs.getString(8));
                    String side = rs.getString(7);
                    boolean staff = !side.startsWith("GOVERNMENT:") && !side.equals("SYSTEM");
                    Long claim = longOrNull(rs, 9);
                    Long work = longOrNull(rs, 10);
                    Long open = longOrNull(rs, 11);
                    boolean due = rs.getObject(12) != null;
                    boolean onTime = rs.getBoolean(13) && !rs.wasNull();
                    String taskName = rs.getString(5);
                    explode(facts, day, instruments, types, agencies, Facts.task(rs.getString(3), rs.getString(4)), sums -> {
                        sums.n++;
                        if (staff && due) {
                            sums.n2++;
                            if (onTime) {
                                sums.n3++;
                            }
                        }
                        if (claim != null) {
                            sums.h1.add(claim);
                        }
                        if (work != null) {
                            sums.h2.add(work);
                        }
                        if (open != null) {
                            sums.h3.add(open);
                        }
                        if (sums.label == null || taskName.compareTo(sums.label) > 0) {
                            sums.label = taskName;
                        }
                    });
                    if ("approve-deliverable".equals(rs.getString(4))) {
                        boolean rejected = "REJECT".equals(rs.getString(14));
                        explode(facts, day, instruments, types, agencies,
                                Facts.APPROVALS + (rs.getString(8) == null ? "-" : rs.getString(8)), sums -> {
                                    sums.n++;
                                    if (rejected) {
                                        sums.n2++;
                                    }
                                });
                    }
                });
    }

    /** Counts into the fact under every combination of the values it has, each or {@code *}. */
    private static void explode(Facts facts, LocalDate period, Set<String> instruments, Set<String> types,
            Set<String> agencies, String fact, Consumer<FactSums> count) {
        for (String instrument : withAll(instruments)) {
            for (String type : withAll(types)) {
                for (String agency : withAll(agencies)) {
                    count.accept(facts.at(new Facts.Key(period, instrument, type, agency, fact)));
                }
            }
        }
    }

    private static List<String> withAll(Set<String> values) {
        List<String> all = new ArrayList<>(values.size() + 1);
        all.add(Facts.ALL);
        all.addAll(values);
        return all;
    }

    /** A monitoring case's instrument, the end of its key ({@code PRY-ICRMW}), as the filter matches it. */
    private static Set<String> monitoringInstrument(String caseKey) {
        for (Instrument instrument : Instrument.values()) {
            if (caseKey.endsWith("-" + instrument.name())) {
                return Set.of(instrument.name());
            }
        }
        return Set.of();
    }

    private static Set<String> split(String joined) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : joined.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
