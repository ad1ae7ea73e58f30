package org.advisorydesk.treaty;

import static org.advisorydesk.treaty.ReportKind.INITIAL;
import static org.advisorydesk.treaty.ReportKind.PERIODIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.advisorydesk.request.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Treaty dates: ICRMW art. 87 (entry into force) and art. 73(1) (reports), ILO final provisions and the
 * configured ILO reporting cycle. A deposit's three months end on the same day number three months later
 * (clamped to the month's end); the ICRMW binds from the first day of the month after that.
 */
class TreatyCalendarTest {

    private final TreatyCalendar calendar = new TreatyCalendar(TreatyProperties.defaults());

    @Test
    void depositOnTwentyThirdFebruary2007BindsFromFirstJune2007() {
        assertThat(calendar.icrmwEntryIntoForce(LocalDate.of(2007, 2, 23))).isEqualTo(LocalDate.of(2007, 6, 1));
    }

    @Test
    void theTwentiethDepositGivesTheConventionsOwnEntryIntoForceByTheSameCountingRule() {
        assertThat(TreatyCalendar.firstDayOfMonthFollowingThreeMonths(TreatyCalendar.ICRMW_TWENTIETH_DEPOSIT))
                .isEqualTo(TreatyCalendar.ICRMW_ENTRY_INTO_FORCE)
                .isEqualTo(LocalDate.of(2003, 7, 1));
    }

    @ParameterizedTest(name = "deposit {0} binds from 1 July 2003")
    @CsvSource({
            "1999-03-08", // Mexico, years before the twentieth deposit
            "2003-03-13", // the day before the twentieth deposit
            "2003-03-14", // the twentieth deposit itself, art. 87(1)
            "2003-03-15", // after the twentieth, art. 87(2) alone would give 1 July 2003 too
            "2003-04-01", // art. 87(2) alone would give 1 August 2003
            "2003-06-30", // art. 87(2) alone would give 1 October 2003
            "2003-07-01", // on the day of entry into force: not "after" it
    })
    void statesThatDepositedUpToTheConventionsEntryIntoForceAreBoundFromFirstJuly2003(LocalDate deposit) {
        assertThat(calendar.icrmwEntryIntoForce(deposit)).isEqualTo(TreatyCalendar.ICRMW_ENTRY_INTO_FORCE);
    }

    @Test
    void depositTheDayAfterEntryIntoForceFollowsArticle87Paragraph2() {
        // 2 July 2003 -> period ends 2 October 2003 -> 1 November 2003
        assertThat(calendar.icrmwEntryIntoForce(LocalDate.of(2003, 7, 2))).isEqualTo(LocalDate.of(2003, 11, 1));
    }

    @ParameterizedTest(name = "deposit {0}: three months end {1}, in force {2}")
    @CsvSource({
            // deposit,  period ends, entry into force
            "2010-03-15, 2010-06-15, 2010-07-01", // mid-month
            "2010-03-01, 2010-06-01, 2010-07-01", // first day of a month: the deposit day is not counted
            "2010-03-31, 2010-06-30, 2010-07-01", // last day of a month, clamped to 30 June
            "2010-05-31, 2010-08-31, 2010-09-01", // last day of a month, same day exists
            "2010-08-31, 2010-11-30, 2010-12-01", // 31st into a 30-day month
            "2011-11-30, 2012-02-29, 2012-03-01", // into February of leap year 2012
            "2011-11-29, 2012-02-29, 2012-03-01",
            "2023-11-30, 2024-02-29, 2024-03-01", // into February of leap year 2024
            "2010-11-30, 2011-02-28, 2011-03-01", // into February of common year 2011
            "2022-11-30, 2023-02-28, 2023-03-01", // into February of common year 2023
            "2022-11-28, 2023-02-28, 2023-03-01", // the 28th: period ends on the last day of February, same result
            "2011-12-31, 2012-03-31, 2012-04-01", // 31 December -> 1 April
            "2023-12-31, 2024-03-31, 2024-04-01",
            "2012-02-29, 2012-05-29, 2012-06-01", // deposited on 29 February
            "2011-10-01, 2012-01-01, 2012-02-01", // period ends in the next year
    })
    void laterDepositsBindFromTheFirstDayOfTheMonthAfterTheThreeMonthsEnd(
            LocalDate deposit, LocalDate periodEnds, LocalDate entryIntoForce) {
        assertThat(deposit.plusMonths(3)).as("three months after the deposit").isEqualTo(periodEnds);
        assertThat(calendar.icrmwEntryIntoForce(deposit)).isEqualTo(entryIntoForce);
    }

    @Test
    void depositsOnTheFirstAndTheLastDayOfAMonthBindFromTheSameDay() {
        assertThat(calendar.icrmwEntryIntoForce(LocalDate.of(2010, 3, 1)))
                .isEqualTo(calendar.icrmwEntryIntoForce(LocalDate.of(2010, 3, 31)))
                .isEqualTo(LocalDate.of(2010, 7, 1));
    }

    @ParameterizedTest(name = "registered {0}, in force {1}")
    @CsvSource({
            "2010-03-15, 2011-03-15", // same day twelve months later
            "2010-01-01, 2011-01-01",
            "2010-12-31, 2011-12-31",
            "2024-02-29, 2025-02-28", // leap day, clamped to the end of February
            "2023-02-28, 2024-02-28", // not moved to the leap day
    })
    void iloConventionsBindTwelveMonthsAfterRegistration(LocalDate registration, LocalDate entryIntoForce) {
        assertThat(calendar.iloEntryIntoForce(registration)).isEqualTo(entryIntoForce);
    }

    @Test
    void icrmwReportsAreDueOneYearAfterEntryIntoForceThenEveryFiveYears() {
        LocalDate entryIntoForce = calendar.icrmwEntryIntoForce(LocalDate.of(2007, 2, 23));

        assertThat(calendar.reportSchedule(Instrument.ICRMW, entryIntoForce, 3)).containsExactly(
                new ReportDue(INITIAL, LocalDate.of(2008, 6, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2013, 6, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2018, 6, 1)));
    }

    @Test
    void statesBoundFromFirstJuly2003OweTheirInitialReportOnFirstJuly2004() {
        LocalDate entryIntoForce = calendar.icrmwEntryIntoForce(LocalDate.of(1999, 3, 8));

        assertThat(calendar.initialReportDue(Instrument.ICRMW, entryIntoForce)).isEqualTo(LocalDate.of(2004, 7, 1));
    }

    @Test
    void aPeriodicReportCountsFromThePreviousDueDate() {
        assertThat(calendar.nextReportDue(Instrument.ICRMW, LocalDate.of(2008, 6, 1))).isEqualTo(LocalDate.of(2013, 6, 1));
    }

    @Test
    void theIlosOwnExampleRatifiedTwelveDecember2013FirstReportDueFirstSeptember2015() {
        LocalDate entryIntoForce = calendar.iloEntryIntoForce(LocalDate.of(2013, 12, 12));

        assertThat(entryIntoForce).isEqualTo(LocalDate.of(2014, 12, 12));
        assertThat(calendar.initialReportDue(Instrument.ILO_C143, entryIntoForce)).isEqualTo(LocalDate.of(2015, 9, 1));
    }

    @ParameterizedTest(name = "in force {0}: first report due {1}")
    @CsvSource({
            "2014-01-01, 2015-09-01", // early in the year: still the year after
            "2014-09-01, 2015-09-01",
            "2014-12-31, 2015-09-01",
            "2025-02-28, 2026-09-01",
    })
    void theFirstIloReportIsDueOnFirstSeptemberOfTheYearAfterEntryIntoForce(LocalDate entryIntoForce, LocalDate due) {
        assertThat(calendar.initialReportDue(Instrument.ILO_C97, entryIntoForce)).isEqualTo(due);
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"ILO_C97", "ILO_C143"})
    void regularIloReportsOnTechnicalConventionsComeEverySixYearsOnFirstSeptember(Instrument convention) {
        assertThat(calendar.reportSchedule(convention, LocalDate.of(2014, 12, 12), 3)).containsExactly(
                new ReportDue(INITIAL, LocalDate.of(2015, 9, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2021, 9, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2027, 9, 1)));
    }

    @Test
    void theIloCycleAndReportDayAreConfiguration() {
        TreatyCalendar threeYearCycle = new TreatyCalendar(
                new TreatyProperties(Period.ofYears(1), Period.ofYears(5), "--06-15", 2, Period.ofYears(3)));

        assertThat(threeYearCycle.reportSchedule(Instrument.ILO_C97, LocalDate.of(2014, 12, 12), 2)).containsExactly(
                new ReportDue(INITIAL, LocalDate.of(2016, 6, 15)),
                new ReportDue(PERIODIC, LocalDate.of(2019, 6, 15)));
        assertThat(threeYearCycle.reportSchedule(Instrument.ICRMW, LocalDate.of(2007, 6, 1), 2)).as("the ICRMW unchanged")
                .containsExactly(new ReportDue(INITIAL, LocalDate.of(2008, 6, 1)), new ReportDue(PERIODIC, LocalDate.of(2013, 6, 1)));
    }

    @Test
    void aCorrectedDueDateReplacesTheComputedOneAndTheNextReportsCountFromIt() {
        // the ILO put the State's C143 group in 2024 rather than 2021
        assertThat(calendar.reportSchedule(Instrument.ILO_C143, LocalDate.of(2014, 12, 12), 3,
                java.util.Map.of(1, LocalDate.of(2024, 9, 1)))).containsExactly(
                new ReportDue(INITIAL, LocalDate.of(2015, 9, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2024, 9, 1)),
                new ReportDue(PERIODIC, LocalDate.of(2030, 9, 1)));
    }

    @Test
    void aBadIloReportDayIsRefused() {
        assertThatThrownBy(() -> new TreatyProperties(Period.ofYears(1), Period.ofYears(5), "1 September", 1, Period.ofYears(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("advisorydesk.treaty.ilo-report-day");
    }

    @Test
    void aScheduleOfOneReportHoldsOnlyTheInitialReport() {
        assertThat(calendar.reportSchedule(Instrument.ICRMW, LocalDate.of(2007, 6, 1), 1))
                .containsExactly(new ReportDue(INITIAL, LocalDate.of(2008, 6, 1)));
    }

    @Test
    void aScheduleOfNoReportsIsEmptyAndANegativeCountIsRefused() {
        assertThat(calendar.reportSchedule(Instrument.ICRMW, LocalDate.of(2007, 6, 1), 0)).isEmpty();
        assertThatThrownBy(() -> calendar.reportSchedule(Instrument.ICRMW, LocalDate.of(2007, 6, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportPeriodOfZeroIsRefused() {
        assertThatThrownBy(() -> new TreatyProperties(Period.ofYears(1), Period.ZERO, "--09-01", 1, Period.ofYears(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("advisorydesk.treaty.icrmw-periodic-report");
    }
}
