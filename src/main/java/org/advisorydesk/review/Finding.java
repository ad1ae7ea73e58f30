package org.advisorydesk.review;

import java.time.Instant;

import org.advisorydesk.identity.Agency;

/** One agency's assessment of national law against one provision (an article or a Part). */
public record Finding(String provision, Agency agency, Assessment assessment, String nationalProvision,
        String comment, String recordedBy, Instant recordedAt) {

    /** As the government reads a released finding: by its agency, not the officer's user id. */
    Finding forGovernment() {
        return new Finding(provision, agency, assessment, nationalProvision, comment, agency.name(), recordedAt);
    }
}
