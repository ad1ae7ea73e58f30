package org.advisorydesk.dashboard;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in seconds, counted in buckets two per cent wide, each bucket keeping the sum of its values:
 * histograms of days and months add up, and a percentile read from them is within one per cent of the
 * exact one (exact when a bucket's values are equal, as in a small desk's few figures). The mean is exact.
 * Stored as {@code bucket:count:sum;...}.
 */
final class Histogram {

    private static final double WIDTH = Math.log(1.02);

    /** bucket → {count, sum} */
    private final TreeMap<Integer, long[]> buckets = new TreeMap<>();
    private long count;
    private long sum;

    void add(long seconds) {
        add(bucket(Math.max(0, seconds)), 1, Math.max(0, seconds));
    }

    void addAll(Histogram other) {
        other.buckets.forEach((bucket, cs) -> add(bucket, cs[0], cs[1]));
    }

    private void add(int bucket, long n, long total) {
        long[] cs = buckets.computeIfAbsent(bucket, b -> new long[2]);
        cs[0] += n;
        cs[1] += total;
        count += n;
        sum += total;
    }

    long count() {
        return count;
    }

    /** The mean in seconds, or null without values. */
    Double mean() {
        return count == 0 ? null : (double) sum / count;
    }

    /**
     * The percentile as the database's {@code PERCENTILE_CONT} computes it (linear between the two
     * values around rank {@code p × (count − 1)}), each value taken as its bucket's mean; null without values.
     */
    Double percentile(double p) {
        if (count == 0) {
            return null;
        }
        double rank = p * (count - 1);
        long low = (long) Math.floor(rank);
        long high = (long) Math.ceil(rank);
        double lowValue = valueAt(low);
        double highValue = high == low ? lowValue : valueAt(high);
        return lowValue + (highValue - lowValue) * (rank - low);
    }

    /** The value at a zero-based position in sorted order. */
    private double valueAt(long position) {
        long seen = 0;
        for (long[] cs : buckets.values()) {
            seen += cs[0];
            if (position < seen) {
                return (double) cs[1] / cs[0];
            }
        }
        throw new IllegalStateException("position " + position + " of " + count);
    }

    static int bucket(long seconds) {
        return seconds == 0 ? 0 : 1 + (int) Math.floor(Math.log(seconds) / WIDTH);
    }

    String encode() {
        if (count == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Integer, long[]> e : buckets.entrySet()) {
            text.append(e.getKey()).append(':').append(e.getValue()[0]).append(':').append(e.getValue()[1]).append(';');
        }
        return text.toString();
    }

    static Histogram decode(String text) {
        Histogram histogram = new Histogram();
        if (text == null || text.isEmpty()) {
            return histogram;
        }
        int start = 0;
        while (start < text.length()) {
            int first = text.indexOf(':', start);
            int second = text.indexOf(':', first + 1);
            int end = text.indexOf(';', second + 1);
            histogram.add(Integer.parseInt(text, start, first, 10), Long.parseLong(text, first + 1, second, 10),
                    Long.parseLong(text, second + 1, end, 10));
            start = end + 1;
        }
        return histogram;
    }
}
