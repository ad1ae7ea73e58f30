package org.advisorydesk.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/requests/{reference}/findings/{provision}}. */
public record FindingInput(@NotNull Assessment assessment, @Size(max = 1000) String nationalProvision,
        @Size(max = 4000) String comment) {
}
