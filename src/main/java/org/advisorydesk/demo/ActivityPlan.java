package org.advisorydesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What to make: {@code requests} requests of these States submitted over {@code span} before {@code end},
 * worked until {@code end}; the same seed makes the same activity for the same day.
 */
record ActivityPlan(List<String> states, int requests, Instant end, Duration span, long seed) {

    /** States of the campaign's demo desk, the most active first (they ask more often). */
    static final List<String> DEMO_STATES = List.of("PRY", "PHL", "MEX", "SEN", "TUR", "MAR", "GHA", "IDN", "NPL",
            "LKA", "BGD", "ECU", "COL", "BOL", "GTM", "SLV", "HND", "NIC", "KEN", "UGA", "NGA", "EGY", "TUN", "PER",
            "JAM", "ALB", "AZE", "KGZ", "BFA", "MLI", "CPV", "RWA", "ETH", "VNM");

    ActivityPlan {
        states = List.copyOf(states);
        if (states.isEmpty() || requests < 1 || span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("A plan needs States, at least one request and a span");
        }
    }

    /** The demo desk: about 200 requests over the two years before {@code end}. */
    static ActivityPlan twoYearsUntil(Instant end) {
        return new ActivityPlan(DEMO_STATES, 200, end, Duration.ofDays(730), 20_261_201L);
    }

    /** The first day of the span: whole days, so that a seed makes the same activity all day long. */
    Instant start() {
        return end.truncatedTo(ChronoUnit.DAYS).minus(span);
    }
}
