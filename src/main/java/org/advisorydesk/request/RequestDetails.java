package org.advisorydesk.request;

import java.util.List;

/** A request with what is known about it: routing, completed steps, status history. */
public record RequestDetails(AssistanceRequest request, List<Routing> routing, List<CompletedStep> steps,
        List<RequestEvent> events) {
}
