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

    /** As PERCENTILE_CONT: linear between the values around rank p × (n − 1). */
    private static double exact(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }
}
