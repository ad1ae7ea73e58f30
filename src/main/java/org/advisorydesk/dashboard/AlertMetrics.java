package org.advisorydesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;

import org.advisorydesk.dashboard.DashboardFigures.OnTime;
import org.advisorydesk.identity.Agency;
import org.springframework.stereotype.Component;

/**
 * An alert's figure now, through the dashboard's own queries, so that an alert and the dashboard it
 * links to count the same tasks and requests.
 */
@Component
class AlertMetrics {

    private final DashboardQueries queries;
    private final DashboardRollups rollups;
    private final DashboardProperties properties;
    private final Clock clock;

    AlertMetrics(DashboardQueries queries, DashboardRollups rollups, DashboardProperties properties, Clock clock) {
        this.queries = queries;
        this.rollups = rollups;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figure's value now, of the agency or the whole desk; empty when there is none (no task completed). */
    OptionalDouble value(AlertMetric metric, Agency agency) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int days = Math.max(1, properties.alerts().onTimeDays());
        DashboardFilter filter = new DashboardFilter(today.minusDays(days - 1L), today, agency, null, null, null);
        return switch (metric) {
            case OVERDUE_TASKS -> OptionalDouble.of(queries.overdueTasks(filter, now));
            case ON_TIME_SHARE -> share(new FactFigures(rollups.read(filter, filter.from(), filter.to().plusDays(1))).onTime());
            case WAITING_FOR_GOVERNMENT -> OptionalDouble.of(queries.waitingForGovernment(filter, now).count());
            case OPEN_REQUESTS -> OptionalDouble.of(queries.openByStatus(filter).values().stream()
                    .mapToLong(Long::longValue).sum());
        };
    }

    private static OptionalDouble share(OnTime onTime) {
        return onTime.completed() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(DashboardQueries.round(100.0 * onTime.onTime() / onTime.completed()));
    }
}
