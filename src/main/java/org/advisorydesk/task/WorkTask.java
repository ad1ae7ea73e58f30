package org.advisorydesk.task;

import java.time.Instant;
import java.util.List;

/**
 * An open task as the JSON API and the pages list it, with the request it belongs to: its State, title,
 * instruments, the assistance type of the branch the task belongs to (none on the request's own
 * process) and every type the request asks for.
 */
public record WorkTask(
        String id,
        String name,
        String taskDefinitionKey,
        String requestReference,
        String requestingState,
        String requestTitle,
        List<String> instruments,
        String assistanceType,
        List<String> requestedTypes,
        Instant created,
        Instant due,
        String assignee,
        String formId) {
}
