package org.advisorydesk.demo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At first start, two years of a working desk ({@link ActivityPlan#twoYearsUntil}), after the demo
 * users (order 0) and the treaty register (order 1): only on a database without requests, and only with
 * {@code advisorydesk.demo-data.enabled} and {@code advisorydesk.demo-data.activity} on. A failure is
 * logged and leaves start-up going: demo data is never worth a desk that does not start.
 */
@Component
@Order(5)
@ConditionalOnProperty(prefix = "advisorydesk.demo-data", name = {"enabled", "activity"}, havingValue = "true",
        matchIfMissing = true)
class DemoActivity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final DeskSimulation simulation;
    private final DemoPreparation preparation;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoActivity(DeskSimulation simulation, DemoPreparation preparation, JdbcClient jdbc, Clock clock) {
        this.simulation = simulation;
        this.preparation = preparation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single() > 0) {
            return;
        }
        preparation.started();
        try {
            ActivityReport report = simulation.run(ActivityPlan.twoYearsUntil(clock.instant()));
            log.info("Made {} demo requests over two years in {} s ({} s on the processor): {}{}",
                    report.references().size(), report.took().toMillis() / 1000.0, report.cpu().toMillis() / 1000.0,
                    report.statuses(),
                    report.failures().isEmpty() ? "" : "; left part way: " + report.failures());
        } catch (RuntimeException e) {
            log.error("Demo activity stopped part way; the requests made so far stay", e);
        } finally {
            preparation.finished();
        }
    }
}
