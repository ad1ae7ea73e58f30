package org.advisorydesk.benchmark;

import java.util.Arrays;

/** How one page answered one user: the HTTP status and the times of the timed requests, in milliseconds. */
record PageFigure(String path, String user, int status, int samples, double medianMillis, double p90Millis,
        double maxMillis) {

    static PageFigure of(String path, String user, int status, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new PageFigure(path, user, status, sorted.length, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 90)), millis(sorted[sorted.length - 1]));
    }

    /** Nearest rank: the smallest time that at least this share of the requests did not exceed. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    String row() {
        return "| `%s` | %s | %d | %d | %.1f | %.1f | %.1f |".formatted(path, user, status, samples, medianMillis,
                p90Millis, maxMillis);
    }
}
