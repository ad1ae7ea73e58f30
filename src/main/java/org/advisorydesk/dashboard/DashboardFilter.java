package org.advisorydesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.web.Choice;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;

/**
 * What a dashboard view is about: a period of whole days in UTC ({@code from} to {@code to}, both
 * included; by default the last twelve months up to today) and, optionally, one agency, instrument,
 * assistance type and State. The same parameters drive the figures, the lists behind them and the CSV.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Agency agency, Instrument instrument,
        AssistanceType assistanceType, String state) {

    /** No dashboard looks at more than this many years at once. */
    static final int MAX_YEARS = 10;

    public DashboardFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    /** The filter the query parameters name, each bad one named in a 400. */
    public static DashboardFilter parse(Map<String, String> parameters, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate to = date(parameters, "to", problems).orElse(today);
        LocalDate from = date(parameters, "from", problems).orElse(to.minusMonths(12).plusDays(1));
        if (to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from (" + from + ")"));
        } else if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            problems.add(new FieldProblem("from", "must be less than " + MAX_YEARS + " years before to"));
        }
        Agency agency = choice(Agency.class, "agency", parameters, problems);
        Instrument instrument = choice(Instrument.class, "instrument", parameters, problems);
        AssistanceType type = choice(AssistanceType.class, "assistanceType", parameters, problems);
        String state = parameters.get("state");
        if (state != null && !state.isBlank()) {
            state = state.strip().toUpperCase(Locale.ROOT);
            if (!StateNames.isCode(state)) {
                problems.add(new FieldProblem("state", "must be an ISO 3166 alpha-3 country code, such as PRY"));
            }
        } else {
            state = null;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DashboardFilter(from, to, agency, instrument, type, state);
    }

    public DashboardFilter withAgency(Agency fixed) {
        return new DashboardFilter(from, to, fixed, instrument, assistanceType, state);
    }

    /** The period of the same length just before this one, for the figures beside the headline. */
    public DashboardFilter previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new DashboardFilter(from.minusDays(days), from.minusDays(1), agency, instrument, assistanceType, state);
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The parameters that give this filter back, in a stable order: for links and the CSV's name. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (agency != null) {
            parameters.put("agency", agency.name());
        }
        if (instrument != null) {
            parameters.put("instrument", instrument.name());
        }
        if (assistanceType != null) {
            parameters.put("assistanceType", assistanceType.name());
        }
        if (state != null) {
            parameters.put("state", state);
        }
        return parameters;
    }

    /** The query string of {@link #parameters()}, without the leading {@code ?}. */
    public String query() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return query.toString();
    }

    private static Optional<LocalDate> date(Map<String, String> parameters, String name, List<FieldProblem> problems) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a date such as 2026-01-31"));
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, Map<String, String> parameters,
            List<FieldProblem> problems) {
        try {
            return Choice.of(type, name, parameters.get(name), null);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
