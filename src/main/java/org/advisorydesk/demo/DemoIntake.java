package org.advisorydesk.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.StateNames;

/**
 * The requests of a plan: who asks for what and when, and how each is meant to end. Intake grows over
 * the span (the desk becomes known), the first States of the plan ask more often than the last, most
 * requests name one instrument and one or two kinds of assistance.
 */
final class DemoIntake {

    private static final Map<Instrument, Integer> INSTRUMENT_WEIGHTS = Map.of(
            Instrument.ICRMW, 55, Instrument.ILO_C97, 25, Instrument.ILO_C143, 20);
    private static final Map<AssistanceType, Integer> TYPE_WEIGHTS = Map.of(
            AssistanceType.LEGISLATIVE_REVIEW, 25, AssistanceType.DRAFT_LEGISLATION_REVIEW, 15,
            AssistanceType.ADMINISTRATIVE_GUIDANCE, 15, AssistanceType.CAPACITY_BUILDING, 20,
            AssistanceType.REPORTING_SUPPORT, 15, AssistanceType.DATA_AND_RESEARCH, 10);
    private static final Map<AssistanceType, String> TITLES = Map.of(
            AssistanceType.LEGISLATIVE_REVIEW, "Review of the migration law of %s against the %s",
            AssistanceType.DRAFT_LEGISLATION_REVIEW, "Comments on %s's draft law implementing the %s",
            AssistanceType.ADMINISTRATIVE_GUIDANCE, "Guidance for %s on institutions implementing the %s",
            AssistanceType.CAPACITY_BUILDING, "Training for officials of %s on the %s",
            AssistanceType.REPORTING_SUPPORT, "Support to %s in preparing its report under the %s",
            AssistanceType.DATA_AND_RESEARCH, "Migration data for %s's policy under the %s");

    private final Random random;
    private final Map<String, String> names = new java.util.HashMap<>();

    DemoIntake(Random random) {
        this.random = random;
    }

    /** The plan's requests in the order they are submitted. */
    List<DemoCase> draw(ActivityPlan plan, Function<String, CurrentUser> governments, CurrentUser coordinator) {
        List<DemoCase> cases = new ArrayList<>();
        for (int i = 0; i < plan.requests(); i++) {
            String state = state(plan.states());
            CurrentUser government = governments.apply(state);
            Instant submission = WorkingTime.next(submission(plan), random);
            NewRequest body = body(state, government);
            CurrentUser submitter = random.nextDouble() < 0.2 ? coordinator : government;
            cases.add(new DemoCase(body, names.get(state), government, submitter, fate(submission), submission));
        }
        cases.sort(Comparator.comparing(c -> c.submission));
        return cases;
    }

    /** Intake grows linearly over the span, from half its mean to one and a half times it. */
    private Instant submission(ActivityPlan plan) {
        // the inverse of the share of intake by then, 0.5 x + 0.5 x^2
        double u = random.nextDouble();
        double share = -0.5 + Math.sqrt(0.25 + 2 * u);
        return plan.start().plus(Duration.ofSeconds((long) (share * plan.span().toSeconds())));
    }

    private String state(List<String> states) {
        double total = 0;
        for (int i = 0; i < states.size(); i++) {
            total += weight(i);
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < states.size(); i++) {
            pick -= weight(i);
            if (pick < 0) {
                return states.get(i);
            }
        }
        return states.get(states.size() - 1);
    }

    private static double weight(int rank) {
        return 1.0 / (1 + 0.12 * rank);
    }

    private NewRequest body(String state, CurrentUser government) {
        Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        int instrumentCount = random.nextDouble() < 0.65 ? 1 : random.nextDouble() < 0.85 ? 2 : 3;
        while (instruments.size() < instrumentCount) {
            instruments.add(weighted(INSTRUMENT_WEIGHTS));
        }
        Set<AssistanceType> types = EnumSet.noneOf(AssistanceType.class);
        int typeCount = random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        while (types.size() < typeCount) {
            types.add(weighted(TYPE_WEIGHTS));
        }
        String name = names.computeIfAbsent(state, code -> StateNames.name(code, Locale.ENGLISH));
        Instrument first = instruments.iterator().next();
        AssistanceType main = types.iterator().next();
        String title = TITLES.get(main).formatted(name, title(first));
        String description = "The Government of " + name + " asks the agencies for "
                + types.stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()
                + " in view of " + (random.nextBoolean() ? "the ratification of" : "implementing") + " the "
                + title(first) + ". The focal point is available for a first meeting in the coming weeks.";
        return new NewRequest(state, instruments.stream().map(Enum::name).toList(),
                types.stream().map(Enum::name).toList(), title, description, government.id() + "@example.org");
    }

    private static String title(Instrument instrument) {
        return switch (instrument) {
            case ICRMW -> "Migrant Workers Convention";
            case ILO_C97 -> "ILO Convention No. 97";
            case ILO_C143 -> "ILO Convention No. 143";
        };
    }

    private DemoCase.Fate fate(Instant submission) {
        double draw = random.nextDouble();
        DemoCase.Outcome outcome = draw < 0.07 ? DemoCase.Outcome.REJECTED
                : draw < 0.13 ? DemoCase.Outcome.LAPSED
                : draw < 0.19 ? DemoCase.Outcome.WITHDRAWN
                : DemoCase.Outcome.DELIVERED;
        boolean clarification = outcome == DemoCase.Outcome.LAPSED || random.nextDouble() < 0.25;
        Instant withdrawal = outcome == DemoCase.Outcome.WITHDRAWN
                ? WorkingTime.next(submission.plus(Duration.ofDays(5 + random.nextInt(70))), random) : null;
        return new DemoCase.Fate(outcome, clarification, random.nextDouble() < 0.12, random.nextDouble() < 0.3,
                random.nextDouble() < 0.2, withdrawal);
    }

    private <T> T weighted(Map<T, Integer> weights) {
        // iterate in a fixed order: the same seed must make the same requests
        List<Map.Entry<T, Integer>> entries = weights.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().toString())).toList();
        int pick = random.nextInt(entries.stream().mapToInt(Map.Entry::getValue).sum());
        for (Map.Entry<T, Integer> entry : entries) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException();
    }

    /** Office hours: people act on weekdays between 08:00 and 18:00 UTC. */
    static final class WorkingTime {

        private WorkingTime() {
        }

        /** The instant itself when in office hours, else a moment in the next office hours. */
        static Instant next(Instant instant, Random random) {
            ZonedDateTime time = instant.atZone(ZoneOffset.UTC);
            if (time.getHour() >= 18) {
                time = time.plusDays(1).withHour(8);
            } else if (time.getHour() < 8) {
                time = time.withHour(8);
            } else {
                return weekday(time).toInstant();
            }
            return weekday(time.plusMinutes(random.nextInt(9 * 60))).toInstant();
        }

        private static ZonedDateTime weekday(ZonedDateTime time) {
            ZonedDateTime day = time;
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day;
        }
    }
}
