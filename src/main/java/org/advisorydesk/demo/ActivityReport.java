package org.advisorydesk.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.advisorydesk.request.RequestStatus;

/**
 * What a run made: the references of its requests, how many stand in each status, the requests left
 * part way because a step of theirs failed, how long it took and how much of that the making thread
 * ran on a processor (less than {@code took} on a busy machine).
 */
record ActivityReport(List<String> references, Map<RequestStatus, Long> statuses, List<String> failures,
        Duration took, Duration cpu) {

    ActivityReport {
        references = List.copyOf(references);
        failures = List.copyOf(failures);
        statuses = Map.copyOf(statuses);
    }
}
