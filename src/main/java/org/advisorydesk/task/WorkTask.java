package org.advisorydesk.task;

import java.time.Instant;
import java.util.List;

/** An open task as the JSON API lists it, with the request it belongs to. */
public record WorkTask(
        String id,
        String name,
        String taskDefinitionKey,
        String requestReference,
        String requestingState,
        String requestTitle,
        List<String> instruments,
        String assistanceType,
        Instant created,
        Instant due,
        String assignee,
        String formId) {
}
