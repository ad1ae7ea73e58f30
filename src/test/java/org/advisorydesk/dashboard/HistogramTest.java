package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void equalValuesInABucketGiveTheExactPercentilesAndMean() {
        Histogram h = new Histogram();
        List.of(86_400L, 86_400L, 172_800L, 1_382_400L).forEach(h::add);
        assertThat(h.percentile(0.5)).isEqualTo(exact(List.of(86_400L, 86_400L, 172_800L, 1_382_400L), 0.5));
        assertThat(h.percentile(0.9)).isEqualTo(exact(List.of(86_400L, 86_400L, 172_800L, 1_382_400L), 0.9));
        assertThat(h.mean()).isEqualTo(432_000.0);
        assertThat(h.count()).isEqualTo(4);
    }

    @Test
    void percentilesOfManyDurationsAreWithinOnePerCentOfTheExactOnes() {
        Random random = new Random(7);
        List<Long> values = new ArrayList<>();
        Histogram h = new Histogram();
        for (int i = 0; i < 50_000; i++) {
            long seconds = (long) Math.exp(8 + 3 * random.nextGaussian());
            values.add(seconds);
            h.add(seconds);
        }
        for (double p : new double[] {0.1, 0.5, 0.9, 0.99}) {
            double exact = exact(values, p);
            assertThat(h.percentile(p)).as("p" + p).isCloseTo(exact, within(exact * 0.01));
        }
        assertThat(h.mean()).isCloseTo(values.stream().mapToLong(Long::longValue).average().orElseThrow(), within(1e-6));
    }

    @Test
    void storedAndAddedUpItIsTheSameAsOneHistogramOfAll() {
        Histogram whole = new Histogram();
        Histogram first = new Histogram();
        Histogram second = new Histogram();
        for (long s = 0; s < 5_000; s += 7) {
            whole.add(s * s);
            (s % 2 == 0 ? first : second).add(s * s);
        }
        Histogram added = Histogram.decode(first.encode());
        added.addAll(Histogram.decode(second.encode()));
        assertThat(added.encode()).isEqualTo(whole.encode());
        assertThat(added.percentile(0.9)).isEqualTo(whole.percentile(0.9));
        assertThat(Histogram.decode(null).count()).isZero();
        assertThat(new Histogram().percentile(0.5)).isNull();
        assertThat(new Histogram().encode()).isNull();
    }

    @Test
    void manyStoredHistogramsAddedInAnyOrderGiveTheHistogramOfAllTheirValues() {
        java.util.Random random = new java.util.Random(16);
        Histogram whole = new Histogram();
        List<Histogram> parts = new java.util.ArrayList<>();
        for (int p = 0; p < 300; p++) {
            Histogram part = new Histogram();
            // some parts inside buckets the sum holds already, some reaching new ones below and above
            int values = random.nextInt(12);
            for (int v = 0; v < values; v++) {
                long seconds = random.nextInt(10) == 0 ? random.nextLong(400_000_000L) : random.nextInt(3_000_000);
                part.add(seconds);
                whole.add(seconds);
            }
            parts.add(Histogram.decode(part.encode()));
        }
        Histogram forwards = new Histogram();
        parts.forEach(forwards::addAll);
        Histogram backwards = new Histogram();
        for (int p = parts.size() - 1; p >= 0; p--) {
            backwards.addAll(parts.get(p));
        }
        assertThat(forwards.encode()).isEqualTo(whole.encode());
        assertThat(backwards.encode()).isEqualTo(whole.encode());
        assertThat(forwards.count()).isEqualTo(whole.count());
        assertThat(forwards.mean()).isEqualTo(whole.mean());
        assertThat(forwards.percentile(0.5)).isEqualTo(whole.percentile(0.5));
        // adding changes only the sum, never a part that was added
        assertThat(parts.stream().mapToLong(Histogram::count).sum()).isEqualTo(whole.count());
    }

    /** As PERCENTILE_CONT: linear between the values around rank p × (n − 1). */
    private static double exact(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }
}
