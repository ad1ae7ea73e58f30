package org.advisorydesk.request;

import java.time.Instant;

/** A finished task of a request: what, for which assistance type (if a branch's), by whom, when. */
public record CompletedStep(String step, String name, AssistanceType assistanceType, String completedBy,
        Instant completedAt) {
}
