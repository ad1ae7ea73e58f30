package org.advisorydesk.treaty;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting periods, {@code advisorydesk.treaty.*}. The ICRMW periods come from art. 73(1); the ILO ones
 * follow the ILO's own reporting cycle (art. 22 of the ILO Constitution), which the Governing Body sets
 * and changes, so none of them is a constant in code.
 *
 * @param icrmwInitialReport ICRMW art. 73(1)(a): initial report due this long after entry into force
 * @param icrmwPeriodicReport ICRMW art. 73(1)(b): each later report due this long after the previous due date
 * @param iloFirstReport first ILO report due this long after entry into force for the Member
 * @param iloReportCycle each later ILO report due this long after the previous due date
 */
@ConfigurationProperties("advisorydesk.treaty")
public record TreatyProperties(
        @DefaultValue("P1Y") Period icrmwInitialReport,
        @DefaultValue("P5Y") Period icrmwPeriodicReport,
        @DefaultValue("P1Y") Period iloFirstReport,
        @DefaultValue("P5Y") Period iloReportCycle) {

    public TreatyProperties {
        requirePositive("icrmw-initial-report", icrmwInitialReport);
        requirePositive("icrmw-periodic-report", icrmwPeriodicReport);
        requirePositive("ilo-first-report", iloFirstReport);
        requirePositive("ilo-report-cycle", iloReportCycle);
    }

    // A zero or negative period would make a report due on or before the one it follows.
    private static void requirePositive(String name, Period period) {
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("advisorydesk.treaty." + name + " must be a positive period, was " + period);
        }
    }
}
