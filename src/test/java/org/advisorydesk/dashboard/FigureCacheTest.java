package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.advisorydesk.identity.Agency;
import org.junit.jupiter.api.Test;

/** The figures of a filter are computed once while they are kept, and for every view when nothing is kept. */
class FigureCacheTest {

    private static final DashboardFilter YEAR = new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            null, null, null, null);

    @Test
    void theSameFilterIsComputedOnceWhileItsFiguresAreKept() {
        FigureCache cache = cache(Duration.ofHours(1));
        AtomicInteger computed = new AtomicInteger();
        cache.get(YEAR, () -> count(computed));
        cache.get(YEAR, () -> count(computed));
        assertThat(computed).hasValue(1);
        cache.get(YEAR.withAgency(Agency.ILO), () -> count(computed));
        assertThat(computed).as("another filter is computed").hasValue(2);
    }

    @Test
    void nothingIsKeptWhenTheConfigurationSaysSo() {
        FigureCache cache = cache(Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();
        cache.get(YEAR, () -> count(computed));
        cache.get(YEAR, () -> count(computed));
        assertThat(computed).hasValue(2);
    }

    @Test
    void atMostSoManyFiltersAreKept() {
        FigureCache cache = cache(Duration.ofHours(1));
        AtomicInteger computed = new AtomicInteger();
        for (int day = 0; day <= FigureCache.MAX_FILTERS; day++) {
            DashboardFilter filter = new DashboardFilter(YEAR.from().plusDays(day), YEAR.to(), null, null, null, null);
            cache.get(filter, () -> count(computed));
        }
        cache.get(YEAR, () -> count(computed));
        assertThat(computed).as("the oldest filter was forgotten to keep the newest").hasValue(FigureCache.MAX_FILTERS + 2);
    }

    private static DashboardFigures count(AtomicInteger computed) {
        computed.incrementAndGet();
        return null;
    }

    private static FigureCache cache(Duration keptFor) {
        return new FigureCache(new DashboardProperties("http://localhost", new DashboardProperties.Alerts(Duration.ofMinutes(15), 28),
                new DashboardProperties.Digest("-", "UTC"), keptFor));
    }
}
