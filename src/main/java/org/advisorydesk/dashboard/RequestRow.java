package org.advisorydesk.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One request behind a figure, as its list and the CSV show it: the days with the agencies and with the
 * government include the current stretch of an open request.
 */
public record RequestRow(String reference, String state, String status, List<String> instruments,
        List<String> assistanceTypes, List<String> leadAgencies, Instant submitted, Instant delivered,
        Instant finished, double daysWithAgencies, double daysWithGovernment) {
}
