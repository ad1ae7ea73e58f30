package org.advisorydesk.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Times a page: a few unmeasured requests to warm it up, then up to {@code samples} timed requests one
 * after another, or fewer when a slow page uses up its time budget.
 */
final class PageTimer {

    private final int warmUp;
    private final int samples;
    private final Duration budget;

    PageTimer(int warmUp, int samples, Duration budget) {
        this.warmUp = warmUp;
        this.samples = samples;
        this.budget = budget;
    }

    /** Times the path as asked by {@code client}, which answers the status of one request. */
    PageFigure time(ToIntFunction<String> client, String user, String path) {
        int status = 0;
        for (int i = 0; i < warmUp; i++) {
            status = client.applyAsInt(path);
        }
        long[] nanos = new long[samples];
        long deadline = System.nanoTime() + budget.toNanos();
        int taken = 0;
        while (taken < samples && (taken == 0 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            status = client.applyAsInt(path);
            nanos[taken++] = System.nanoTime() - start;
        }
        return PageFigure.of(path, user, status, Arrays.copyOf(nanos, taken));
    }
}
