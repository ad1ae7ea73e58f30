package org.advisorydesk.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.Routing;
import org.advisorydesk.routing.RoutingDecision;

/**
 * What the seeded requests ask for, drawn from a fixed-seed random source so that every run seeds the
 * same data: any State ISO 3166 knows, one or two instruments, mostly one assistance type. Routing is
 * the DMN decision's, asked once per combination of instruments and type.
 */
final class RequestShapes {

    /** The States, as the portal's validation knows them (ISO 3166 alpha-3 from {@link Locale}). */
    static final List<String> STATES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted().toList();

    private static final Map<String, String> STATE_NAMES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH), (a, b) -> a));

    private static final List<List<Instrument>> INSTRUMENT_CHOICES = List.of(
            List.of(Instrument.ICRMW), List.of(Instrument.ICRMW), List.of(Instrument.ICRMW),
            List.of(Instrument.ILO_C97), List.of(Instrument.ILO_C143),
            List.of(Instrument.ILO_C97, Instrument.ILO_C143), List.of(Instrument.ICRMW, Instrument.ILO_C97));

    private final Random random;
    private final RoutingDecision decision;
    private final Map<String, Routing> routingByCombination = new HashMap<>();

    RequestShapes(long seed, RoutingDecision decision) {
        this.random = new Random(seed);
        this.decision = decision;
    }

    Random random() {
        return random;
    }

    String state() {
        return STATES.get(random.nextInt(STATES.size()));
    }

    List<Instrument> instruments() {
        return INSTRUMENT_CHOICES.get(random.nextInt(INSTRUMENT_CHOICES.size()));
    }

    /** One assistance type three times in four, otherwise two. */
    List<AssistanceType> assistanceTypes() {
        AssistanceType[] all = AssistanceType.values();
        AssistanceType first = all[random.nextInt(all.length)];
        if (random.nextInt(4) > 0) {
            return List.of(first);
        }
        AssistanceType second = all[random.nextInt(all.length)];
        return second == first ? List.of(first) : Stream.of(first, second).sorted().toList();
    }

    List<Routing> routing(List<Instrument> instruments, List<AssistanceType> types) {
        List<Routing> routing = new ArrayList<>();
        for (AssistanceType type : types) {
            routing.add(routingByCombination.computeIfAbsent(instruments + "/" + type,
                    combination -> decision.decide(instruments, List.of(type)).get(0)));
        }
        return routing;
    }

    static String title(List<AssistanceType> types, String state) {
        return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()
                .toString().replaceAll("[\\[\\]]", "") + " for " + STATE_NAMES.getOrDefault(state, state);
    }
}
