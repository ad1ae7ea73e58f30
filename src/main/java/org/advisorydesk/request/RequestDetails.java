package org.advisorydesk.request;

import java.util.List;

import org.advisorydesk.record.CaseEntry;

/** A request with what is known about it: routing, completed steps, its record as the reader may read it. */
public record RequestDetails(AssistanceRequest request, List<Routing> routing, List<CompletedStep> steps,
        List<CaseEntry> events) {
}
