package org.advisorydesk.request;

import java.time.Instant;
import java.util.List;

import org.advisorydesk.record.ActorSide;

/**
 * A government's request for technical assistance, as stored in the product's own table.
 * {@code overdueSince} is set when a staff task of the request first passed its due date;
 * {@code submittedSide} is the side the submitter acted for ({@code GOVERNMENT:PRY}, {@code COORDINATORS},
 * {@code AGENCY:OHCHR} for a request opened on the State's behalf), as the record stores sides.
 * {@code updatedAt} is its last status change (the government's "last change"); {@code lastChangeAt} the
 * staff's: the later of that and the newest work recorded on it ({@code EntryKind.WORK}).
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
        Instant overdueSince,
        String submittedSide,
        Instant lastChangeAt) {

    /** Who submitted it, as this reader may read it: a government reads staff by their side, not their user id. */
    public String submittedByFor(boolean governmentReader) {
        if (!governmentReader || (submittedSide != null && ActorSide.parse(submittedSide).isGovernment())) {
            return submittedBy;
        }
        return submittedSide == null ? null : ActorSide.parse(submittedSide).label();
    }

    public AssistanceRequest {
        instruments = List.copyOf(instruments);
        assistanceTypes = List.copyOf(assistanceTypes);
    }
}
