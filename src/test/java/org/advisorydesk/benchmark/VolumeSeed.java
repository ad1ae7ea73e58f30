package org.advisorydesk.benchmark;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The data volume of issue 6: 100,000 finished requests with their engine history, and 10,000 open
 * tasks made by the engine, about a quarter of them waiting at <em>Screen request</em>.
 */
@Component
class VolumeSeed {

    static final int FINISHED_REQUESTS = 100_000;
    static final int OPEN_TASKS = 10_000;
    static final int SUBMITTED_REQUESTS = 2_500;

    record Seeded(long finishedRows, Duration finishedTook, OpenWorkSeed.OpenWork openWork, Duration openWorkTook) {

        Duration took() {
            return finishedTook.plus(openWorkTook);
        }
    }

    private final FinishedRequestSeed finished;
    private final OpenWorkSeed openWork;

    VolumeSeed(FinishedRequestSeed finished, OpenWorkSeed openWork) {
        this.finished = finished;
        this.openWork = openWork;
    }

    Seeded seed() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        long started = System.nanoTime();
        long rows = finished.seed(FINISHED_REQUESTS, now);
        Duration finishedTook = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Seeded %,d finished requests (%,d rows) in %s%n", FINISHED_REQUESTS, rows, finishedTook);
        started = System.nanoTime();
        OpenWorkSeed.OpenWork work = openWork.seed(SUBMITTED_REQUESTS, OPEN_TASKS - SUBMITTED_REQUESTS, FINISHED_REQUESTS, now);
        Duration openWorkTook = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Seeded open work %s in %s%n", work, openWorkTook);
        return new Seeded(rows, finishedTook, work, openWorkTook);
    }
}
