package org.advisorydesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The guard's arithmetic, on a clock the test moves: who waits, how long, for how long it is remembered. */
class SignInGuardTest {

    private static final SignInProperties PROPERTIES = new SignInProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(5),
            50, Duration.ofHours(1), 10, Duration.ofHours(24));

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final List<Object> events = new ArrayList<>();
    private final SignInGuard guard = new SignInGuard(PROPERTIES, clock, events::add);

    @Test
    void fiveFailuresAreFreeThenEachWaitDoublesUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            assertThat(guard.waitFor("gov.turkey", "203.0.113.9")).isEmpty();
            guard.failed("gov.turkey", "203.0.113.9");
        }
        assertThat(guard.waitFor("gov.turkey", "203.0.113.9")).isEmpty();
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guard.failed("gov.turkey", "203.0.113.9");
            Duration wait = guard.waitFor("gov.turkey", "203.0.113.9").orElseThrow();
            waits.add(wait);
            clock.move(wait);
            assertThat(guard.waitFor("gov.turkey", "203.0.113.9")).isEmpty();
        }
        assertThat(waits).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(waits.get(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(waits.subList(9, 12)).containsOnly(Duration.ofMinutes(5));
    }

    @Test
    void theOwnerElsewhereNeverWaitsAndAnotherAccountFromTheAttackersAddressNeitherAtFirst() {
        for (int i = 0; i < 40; i++) {
            guard.failed("gov.turkey", "203.0.113.9");
        }
        assertThat(guard.waitFor("gov.turkey", "203.0.113.9")).isPresent();
        assertThat(guard.waitFor("gov.turkey", "198.51.100.7")).isEmpty();
        assertThat(guard.waitFor("GOV.TURKEY ", "203.0.113.9")).as("the same account, written otherwise").isPresent();
        assertThat(guard.waitFor("gov.paraguay", "203.0.113.9")).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsWaitsForAllOfThem() {
        for (int i = 0; i < 51; i++) {
            guard.failed("user" + i, "203.0.113.9");
        }
        assertThat(guard.waitFor("gov.paraguay", "203.0.113.9")).contains(Duration.ofSeconds(1));
        assertThat(guard.waitFor("gov.paraguay", "198.51.100.7")).isEmpty();
    }

    @Test
    void noWaitOutlivesItsCapAndFailuresAreForgottenAnHourAfterTheLast() {
        for (int i = 0; i < 200; i++) {
            guard.failed("admin", "203.0.113.9");
        }
        assertThat(guard.waitFor("admin", "203.0.113.9")).contains(Duration.ofMinutes(5));
        clock.move(Duration.ofMinutes(5));
        assertThat(guard.waitFor("admin", "203.0.113.9")).isEmpty();
        clock.move(Duration.ofHours(1));
        guard.failed("admin", "203.0.113.9");
        assertThat(guard.waitFor("admin", "203.0.113.9")).as("counted from one again").isEmpty();
    }

    @Test
    void aRightPasswordForgetsTheClientsFailures() {
        for (int i = 0; i < 5; i++) {
            guard.failed("gov.turkey", "203.0.113.9");
        }
        guard.succeeded("gov.turkey", "203.0.113.9");
        guard.failed("gov.turkey", "203.0.113.9");
        assertThat(guard.waitFor("gov.turkey", "203.0.113.9")).isEmpty();
    }

    @Test
    void theOwnerIsToldOnceAfterTenFailuresFromAnyAddressesThenNotAgainThatDay() {
        for (int i = 0; i < 9; i++) {
            guard.failed("gov.turkey", "203.0.113." + i);
        }
        assertThat(events).isEmpty();
        guard.failed("gov.turkey", "198.51.100.7");
        assertThat(events).singleElement().isInstanceOfSatisfying(SignInFailuresNoticed.class, notice -> {
            assertThat(notice.account()).isEqualTo("gov.turkey");
            assertThat(notice.failures()).isEqualTo(10);
            assertThat(notice.addresses()).hasSize(5).startsWith("203.0.113.0");
            assertThat(notice.at()).isEqualTo(clock.instant());
        });
        for (int i = 0; i < 30; i++) {
            guard.failed("gov.turkey", "203.0.113.9");
        }
        assertThat(events).hasSize(1);
        clock.move(Duration.ofHours(24));
        for (int i = 0; i < 10; i++) {
            guard.failed("gov.turkey", "203.0.113.9");
        }
        assertThat(events).hasSize(2);
    }

    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
