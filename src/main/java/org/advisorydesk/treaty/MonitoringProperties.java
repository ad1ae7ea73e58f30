package org.advisorydesk.treaty;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods of the {@code treaty-monitoring} process, {@code advisorydesk.treaty.monitoring.*}.
 *
 * @param supportOfferLead reporting support is offered this long before a report falls due
 * @param followUpInterval an overdue report is followed up again after this long, until it arrives
 */
@ConfigurationProperties("advisorydesk.treaty.monitoring")
public record MonitoringProperties(
        @DefaultValue("P120D") Period supportOfferLead,
        @DefaultValue("P90D") Period followUpInterval) {
}
