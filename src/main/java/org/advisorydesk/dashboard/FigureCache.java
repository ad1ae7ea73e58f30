package org.advisorydesk.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The figures of each filter computed in the last {@code figuresKeptFor}, shown again to whoever asks
 * for the same filter (a room of managers refreshing one view computes it once). The figures carry the
 * moment they were computed, which the page shows. At most {@value #MAX_FILTERS} filters are kept;
 * the oldest go first.
 */
@Component
class FigureCache {

    static final int MAX_FILTERS = 200;

    private record Kept(DashboardFigures figures, long computedAt) {
    }

    private final Map<DashboardFilter, Kept> kept = new ConcurrentHashMap<>();
    private final long keptForNanos;

    FigureCache(DashboardProperties properties) {
        this.keptForNanos = properties.figuresKeptFor().toNanos();
    }

    DashboardFigures get(DashboardFilter filter, Supplier<DashboardFigures> compute) {
        if (keptForNanos <= 0) {
            return compute.get();
        }
        long now = System.nanoTime();
        Kept hit = kept.get(filter);
        if (hit != null && now - hit.computedAt() < keptForNanos) {
            return hit.figures();
        }
        DashboardFigures figures = compute.get();
        if (kept.size() >= MAX_FILTERS) {
            forgetOldest(now);
        }
        kept.put(filter, new Kept(figures, now));
        return figures;
    }

    private void forgetOldest(long now) {
        kept.values().removeIf(k -> now - k.computedAt() >= keptForNanos);
        while (kept.size() >= MAX_FILTERS) {
            kept.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> Long.compare(a.computedAt(), b.computedAt())))
                    .ifPresent(e -> kept.remove(e.getKey()));
        }
    }
}
