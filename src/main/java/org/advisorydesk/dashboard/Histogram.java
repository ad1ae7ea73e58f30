package org.advisorydesk.dashboard;

import java.util.Arrays;

/**
 * Durations in seconds, counted in buckets two per cent wide, each bucket keeping the sum of its values:
 * histograms of days and months add up, and a percentile read from them is within one per cent of the
 * exact one (exact when a bucket's values are equal, as in a small desk's few figures). The mean is exact.
 * Stored as {@code bucket:count:sum;...}.
 */
final class Histogram {

    private static final double WIDTH = Math.log(1.02);
    private static final int[] NO_KEYS = {};
    private static final long[] NO_LONGS = {};

    /**
     * The buckets in ascending order, each with its count and sum, in parallel arrays: a view adds up
     * thousands of stored histograms, which decode and merge here without a map entry per bucket.
     */
    private int[] buckets = NO_KEYS;
    private long[] counts = NO_LONGS;
    private long[] sums = NO_LONGS;
    private int size;
    private long count;
    private long sum;

    void add(long seconds) {
        add(bucket(Math.max(0, seconds)), 1, Math.max(0, seconds));
    }

    void addAll(Histogram other) {
        if (other.size == 0) {
            return;
        }
        if (size == 0) {
            buckets = Arrays.copyOf(other.buckets, other.size);
            counts = Arrays.copyOf(other.counts, other.size);
            sums = Arrays.copyOf(other.sums, other.size);
            size = other.size;
            count = other.count;
            sum = other.sum;
            return;
        }
        // one pass over both: in place when every bucket of the other is here already, else merged anew
        int added = 0;
        for (int i = 0, j = 0; j < other.size; ) {
            if (i < size && buckets[i] < other.buckets[j]) {
                i++;
            } else {
                if (i >= size || buckets[i] != other.buckets[j]) {
                    added++;
                } else {
                    i++;
                }
                j++;
            }
        }
        if (added == 0) {
            for (int i = 0, j = 0; j < other.size; i++) {
                if (buckets[i] == other.buckets[j]) {
                    counts[i] += other.counts[j];
                    sums[i] += other.sums[j];
                    j++;
                }
            }
        } else {
            int length = size + added;
            int[] b = new int[length];
            long[] c = new long[length];
            long[] t = new long[length];
            int i = 0;
            int j = 0;
            for (int k = 0; k < length; k++) {
                if (j >= other.size || (i < size && buckets[i] < other.buckets[j])) {
                    b[k] = buckets[i];
                    c[k] = counts[i];
                    t[k] = sums[i++];
                } else if (i >= size || other.buckets[j] < buckets[i]) {
                    b[k] = other.buckets[j];
                    c[k] = other.counts[j];
                    t[k] = other.sums[j++];
                } else {
                    b[k] = buckets[i];
                    c[k] = counts[i] + other.counts[j];
                    t[k] = sums[i++] + other.sums[j++];
                }
            }
            buckets = b;
            counts = c;
            sums = t;
            size = length;
        }
        count += other.count;
        sum += other.sum;
    }

    /** Takes away values that were added to this histogram: each bucket's count and sum less the part's. */
    void subtract(Histogram part) {
        Histogram negated = new Histogram();
        negated.buckets = Arrays.copyOf(part.buckets, part.size);
        negated.counts = new long[part.size];
        negated.sums = new long[part.size];
        for (int i = 0; i < part.size; i++) {
            negated.counts[i] = -part.counts[i];
            negated.sums[i] = -part.sums[i];
        }
        negated.size = part.size;
        negated.count = -part.count;
        negated.sum = -part.sum;
        addAll(negated);
    }

    private void add(int bucket, long n, long total) {
        int at = Arrays.binarySearch(buckets, 0, size, bucket);
        if (at < 0) {
            at = -at - 1;
            if (size == buckets.length) {
                int length = Math.max(8, size * 2);
                buckets = Arrays.copyOf(buckets, length);
                counts = Arrays.copyOf(counts, length);
                sums = Arrays.copyOf(sums, length);
            }
            System.arraycopy(buckets, at, buckets, at + 1, size - at);
            System.arraycopy(counts, at, counts, at + 1, size - at);
            System.arraycopy(sums, at, sums, at + 1, size - at);
            buckets[at] = bucket;
            counts[at] = 0;
            sums[at] = 0;
            size++;
        }
        counts[at] += n;
        sums[at] += total;
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
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (position < seen) {
                return (double) sums[i] / counts[i];
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
        for (int i = 0; i < size; i++) {
            if (counts[i] != 0) {
                text.append(buckets[i]).append(':').append(counts[i]).append(':').append(sums[i]).append(';');
            }
        }
        return text.toString();
    }

    static Histogram decode(String text) {
        Histogram histogram = new Histogram();
        if (text == null || text.isEmpty()) {
            return histogram;
        }
        int entries = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';') {
                entries++;
            }
        }
        histogram.buckets = new int[entries];
        histogram.counts = new long[entries];
        histogram.sums = new long[entries];
        int start = 0;
        while (start < text.length()) {
            int first = text.indexOf(':', start);
            int second = text.indexOf(':', first + 1);
            int end = text.indexOf(';', second + 1);
            // stored in ascending order (encode); add keeps the order should a text not be
            histogram.add(Integer.parseInt(text, start, first, 10), Long.parseLong(text, first + 1, second, 10),
                    Long.parseLong(text, second + 1, end, 10));
            start = end + 1;
        }
        return histogram;
    }
}
