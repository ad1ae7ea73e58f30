package org.advisorydesk.request;

import java.time.Instant;
import java.util.List;

/**
 * A government's request for technical assistance, as stored in the product's own table.
 * {@code overdueSince} is set when a staff task of the request first passed its due date.
 */
public record AssistanceRequest(
        long id,
        String reference,
        String requestingState,
        List<Instrument> instruments,
        List<AssistanceType> assistanceTypes,
        String title,
        String description,
        String contactEmail,
        RequestStatus status,
        String submittedBy,
        Instant submittedAt,
        Instant updatedAt,
        Instant overdueSince) {

    public AssistanceRequest {
        instruments = List.copyOf(instruments);
        assistanceTypes = List.copyOf(assistanceTypes);
    }
}
