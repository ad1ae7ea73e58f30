package org.advisorydesk.request;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods and limits of the request lifecycle, {@code advisorydesk.deadlines.*}: the BPMN reads them
 * through the {@code deadlines} bean, so no period is written into a process model.
 *
 * @param clarificationReminder after this long without an answer the government is reminded
 * @param clarificationLapse after this long without an answer the request lapses
 * @param maxDraftRounds rounds of comments on draft legislation at most
 * @param staffTaskPeriod due period of a staff task whose key has no period of its own
 * @param staffTaskPeriods due period per task key, e.g. {@code screen-request: P5D}
 */
@ConfigurationProperties("advisorydesk.deadlines")
public record Deadlines(
        @DefaultValue("P14D") Duration clarificationReminder,
        @DefaultValue("P60D") Duration clarificationLapse,
        @DefaultValue("3") int maxDraftRounds,
        @DefaultValue("P14D") Duration staffTaskPeriod,
        Map<String, Duration> staffTaskPeriods) {

    public Deadlines {
        staffTaskPeriods = staffTaskPeriods == null ? Map.of() : Map.copyOf(staffTaskPeriods);
        if (maxDraftRounds < 1) {
            throw new IllegalArgumentException("advisorydesk.deadlines.max-draft-rounds must be at least 1");
        }
    }

    /** How long staff have for a task of this kind. */
    public Duration staffTaskPeriod(String taskKey) {
        return staffTaskPeriods.getOrDefault(taskKey, staffTaskPeriod);
    }
}
