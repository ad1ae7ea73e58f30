package org.advisorydesk.treaty;

import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting periods, {@code advisorydesk.treaty.*}. The ICRMW periods come from art. 73(1); the ILO ones
 * follow the ILO's own reporting cycle (art. 22 of the ILO Constitution), which the Governing Body sets
 * and changes, so none of them is a constant in code.
 *
 * @param icrmwInitialReport ICRMW art. 73(1)(a): initial report due this long after entry into force
 * @param icrmwPeriodicReport ICRMW art. 73(1)(b): each later report due this long after the previous due date
 * @param iloReportDay the day of the year ILO reports are due ({@code --MM-DD}; 1 September)
 * @param iloFirstReportYears the first ILO report is due on the report day this many years after the year of
 *        entry into force (1: the year after)
 * @param iloReportCycle regular ILO reports on a technical convention (C97, C143) come this long after the
 *        previous due date (six years since 2019), on the report day
 */
@ConfigurationProperties("advisorydesk.treaty")
public record TreatyProperties(
        @DefaultValue("P1Y") Period icrmwInitialReport,
        @DefaultValue("P5Y") Period icrmwPeriodicReport,
        @DefaultValue("--09-01") String iloReportDay,
        @DefaultValue("1") int iloFirstReportYears,
        @DefaultValue("P6Y") Period iloReportCycle) {

    public TreatyProperties {
        requirePositive("icrmw-initial-report", icrmwInitialReport);
        requirePositive("icrmw-periodic-report", icrmwPeriodicReport);
        requirePositive("ilo-report-cycle", iloReportCycle);
        if (iloFirstReportYears < 1) {
            throw new IllegalArgumentException("advisorydesk.treaty.ilo-first-report-years must be at least 1, was "
                    + iloFirstReportYears);
        }
        reportDay(iloReportDay);
    }

    /** The ICRMW's periods of art. 73(1) and the ILO's cycle as it stands since 2019. */
    public static TreatyProperties defaults() {
        return new TreatyProperties(Period.ofYears(1), Period.ofYears(5), "--09-01", 1, Period.ofYears(6));
    }

    MonthDay iloReportMonthDay() {
        return reportDay(iloReportDay);
    }

    private static MonthDay reportDay(String value) {
        try {
            return MonthDay.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("advisorydesk.treaty.ilo-report-day must be --MM-DD, such as --09-01, was "
                    + value);
        }
    }

    // A zero or negative period would make a report due on or before the one it follows.
    private static void requirePositive(String name, Period period) {
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("advisorydesk.treaty." + name + " must be a positive period, was " + period);
        }
    }
}
