package org.advisorydesk.request;

import java.time.Instant;
import java.util.List;

import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;

/**
 * A finished task of a request: what, for which assistance type (if a branch's), by whom (a user, or
 * for a government reading staff work the agency), when. Read from the request's record.
 */
public record CompletedStep(String step, String name, AssistanceType assistanceType, String completedBy,
        Instant completedAt) {

    static List<CompletedStep> of(List<CaseEntry> entries) {
        return entries.stream().filter(e -> e.kind() == EntryKind.STEP_COMPLETED)
                .map(e -> new CompletedStep(e.text("taskKey"), e.text("taskName"),
                        e.text("assistanceType") == null ? null : AssistanceType.valueOf(e.text("assistanceType")),
                        e.actor() != null ? e.actor() : e.side().label(), e.at()))
                .toList();
    }
}
