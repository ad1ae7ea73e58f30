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
}
