package org.advisorydesk.treaty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.StateNames;
import org.springframework.stereotype.Service;

/**
 * Every State's standing as the register's page, its CSV and the public {@code /status} page show it.
 * The rows are built from three queries whatever the number of States; the public page's rows are kept
 * for {@code advisorydesk.treaty.status.kept-for} so that anonymous traffic costs no query.
 */
@Service
public class RegisterListing {

    /** The sort orders of the list. */
    public static final List<String> SORTS = List.of("name", "status", "region", "entryIntoForce", "nextDue");

    /** The regions of the filter (as reference/regions.tsv names them). */
    public static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    private record Kept(Instant at, List<TreatyViews.Row> rows) {
    }

    private final TreatyRegister register;
    private final WorldMap map;
    private final Clock clock;
    private final Duration keptFor;
    private final Map<Locale, Kept> kept = new ConcurrentHashMap<>();

    RegisterListing(TreatyRegister register, WorldMap map, Clock clock, StatusProperties properties) {
        this.register = register;
        this.map = map;
        this.clock = clock;
        this.keptFor = properties.keptFor();
    }

    /** The list filtered by standing under the instrument and by region, sorted, with the instrument's map. */
    public TreatyViews.RegisterPage page(Instrument instrument, TreatyStatus status, String region, String sort, Locale locale) {
        return page(rows(locale), instrument, status, region, sort);
    }

    /** The public page: the same facts, from rows kept a short while. */
    public TreatyViews.RegisterPage publicPage(Instrument instrument, Locale locale) {
        Instant now = clock.instant();
        Kept k = kept.compute(locale, (l, old) -> old != null && old.at().plus(keptFor).isAfter(now) ? old
                : new Kept(now, rows(l)));
        return page(k.rows(), instrument, null, null, "name");
    }

    /** Every State with its standing, names in the reader's language. */
    public List<TreatyViews.Row> rows(Locale locale) {
        Map<String, StateView.ReportView> next = register.schedules().stream().filter(s -> s.next() != null)
                .collect(Collectors.toMap(s -> key(s.participation().state(), s.participation().instrument()), PartySchedule::next));
        Map<String, Participation> recorded = register.participations().stream()
                .collect(Collectors.toMap(p -> key(p.state(), p.instrument()), Function.identity()));
        return register.knownStates().stream().map(state -> new TreatyViews.Row(state, StateNames.name(state, locale),
                        map.region(state), Arrays.stream(Instrument.values()).map(i -> {
                            Participation p = recorded.getOrDefault(key(state, i), Participation.none(state, i));
                            return TreatyViews.Standing.of(p, next.get(key(state, i)));
                        }).toList()))
                .sorted(Comparator.comparing(TreatyViews.Row::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    private TreatyViews.RegisterPage page(List<TreatyViews.Row> all, Instrument instrument, TreatyStatus status,
            String region, String sort) {
        Instrument shown = instrument == null ? Instrument.ICRMW : instrument;
        Map<TreatyStatus, Long> counts = new EnumMap<>(TreatyStatus.class);
        Arrays.stream(TreatyStatus.values()).forEach(s -> counts.put(s, 0L));
        all.forEach(r -> counts.merge(r.of(shown).status(), 1L, Long::sum));
        Map<String, TreatyViews.Row> byState = all.stream().collect(Collectors.toMap(TreatyViews.Row::iso3, Function.identity()));
        List<TreatyViews.MapShape> shapes = map.shapes().stream().filter(s -> byState.containsKey(s.iso3()))
                .map(s -> new TreatyViews.MapShape(s.iso3(), byState.get(s.iso3()).name(),
                        byState.get(s.iso3()).of(shown).status(), s.path()))
                .toList();
        List<TreatyViews.Row> rows = all.stream()
                .filter(r -> status == null || r.of(shown).status() == status)
                .filter(r -> region == null || region.equals(r.region()))
                .sorted(order(sort, shown))
                .toList();
        return new TreatyViews.RegisterPage(shown, status, region, sort == null ? "name" : sort, rows, shapes, counts, REGIONS);
    }

    private static Comparator<TreatyViews.Row> order(String sort, Instrument instrument) {
        Comparator<TreatyViews.Row> asListed = (a, b) -> 0;
        return switch (sort == null ? "name" : sort) {
            case "status" -> Comparator.comparing((TreatyViews.Row r) -> r.of(instrument).status()).reversed().thenComparing(asListed);
            case "region" -> Comparator.comparing((TreatyViews.Row r) -> r.region() == null ? "~" : r.region()).thenComparing(asListed);
            case "entryIntoForce" -> Comparator.comparing((TreatyViews.Row r) -> r.of(instrument).entryIntoForce(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "nextDue" -> Comparator.comparing((TreatyViews.Row r) -> r.of(instrument).next() == null ? null
                    : r.of(instrument).next().due(), Comparator.nullsLast(Comparator.naturalOrder()));
            default -> asListed;
        };
    }

    private static String key(String state, Instrument instrument) {
        return TreatyMonitoringProcess.businessKey(state, instrument);
    }
}
