package org.advisorydesk.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time of the product, in UTC: the engine's clock, so that what the product records lines up with
 * the engine's history and timers, and tests that move the engine's clock move the product's too. This
 * is the one place that reads the engine's clock; domain code is given a {@link Clock}.
 */
public final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }
}
