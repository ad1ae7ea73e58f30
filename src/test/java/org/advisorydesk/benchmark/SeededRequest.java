package org.advisorydesk.benchmark;

import java.time.Instant;
import java.util.List;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.request.Routing;

/** One request written straight into the product's tables by the benchmark's seed, with its routing. */
record SeededRequest(long id, String reference, String state, List<Instrument> instruments, List<Routing> routing,
        RequestStatus status, String submittedBy, Instant submittedAt, Instant updatedAt) {

    List<AssistanceType> assistanceTypes() {
        return routing.stream().map(Routing::assistanceType).toList();
    }

    String governmentGroup() {
        return Groups.government(state);
    }

    /**
     * The government asked a question on reviewing the deliverables, one closed request in eight: drawn
     * from the request's number, so that its engine history, its record and its task intervals agree.
     */
    boolean askedQuestion() {
        return status == RequestStatus.CLOSED && id % 8 == 3;
    }

    /** The government accepted the deliverables with a comment, one closed request in five. */
    boolean acceptedWithComment() {
        return id % 5 == 1;
    }

    /** The manager sent the branch's deliverable back for rework once, one branch in six. */
    boolean deliverableRejected(AssistanceType type) {
        return (id * 7 + type.ordinal()) % 6 == 0;
    }

    /** Whether the request went through a branch of this type (a draft's branch waits for the government). */
    boolean routedTo(AssistanceType type) {
        return routing.stream().anyMatch(r -> r.assistanceType() == type);
    }
}
