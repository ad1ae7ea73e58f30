package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advisorydesk.request.Instrument;
import org.springframework.stereotype.Component;

/**
 * The one place where dates follow from the treaties: when an instrument binds a State and when its
 * reports fall due. Pure date arithmetic on {@link LocalDate}; no database, no engine.
 *
 * <h2>How months are counted</h2>
 * A period of <em>n</em> months after a day ends on the same day number <em>n</em> months later; when that
 * month is shorter, it ends on the month's last day ({@link LocalDate#plusMonths} clamps: 30 Nov 2011 + 3
 * months = 29 Feb 2012, 31 May + 3 months = 31 Aug). The day of the deposit is not part of the period
 * (UN depositary practice), so a deposit on the first of a month is not treated as the whole of that month.
 * <ul>
 *   <li>ICRMW: entry into force is the first day of the month after the month in which the three-month
 *       period ends. Deposit 23 Feb 2007 &rarr; 23 May 2007 &rarr; 1 June 2007; deposit 1 Mar 2010 &rarr;
 *       1 June 2010 &rarr; 1 July 2010; deposit 31 May 2010 &rarr; 31 Aug 2010 &rarr; 1 Sept 2010; deposit
 *       30 Nov 2011 &rarr; 29 Feb 2012 &rarr; 1 Mar 2012; deposit 31 Dec &rarr; 31 Mar &rarr; 1 Apr. Because
 *       only the month of the period's end matters, clamping never moves the result: entry into force is
 *       always the first day of the fourth month after the month of deposit.</li>
 *   <li>The same rule applied to the twentieth deposit (14 Mar 2003 &rarr; 14 June 2003) gives the
 *       Convention's own entry into force, 1 July 2003 (art. 87(1)).</li>
 *   <li>Art. 87(2) covers States ratifying "after its entry into force", i.e. depositing after 1 July 2003.
 *       Every earlier deposit, including one between 15 March and 1 July 2003 and one on 1 July 2003
 *       itself, binds the State from 1 July 2003.</li>
 *   <li>ILO: entry into force for a Member is the same day twelve months after registration, clamped
 *       (29 Feb 2024 &rarr; 28 Feb 2025).</li>
 *   <li>ICRMW reports: each due date is the previous due date (the first: entry into force) plus the
 *       configured period, clamped the same way. Later reports count from the previous <em>due</em> date, not
 *       from the day a report was actually submitted.</li>
 *   <li>ILO reports: the first is due on the report day (1 September) of the year after the year of entry
 *       into force (ratified 12 Dec 2013 &rarr; in force 12 Dec 2014 &rarr; due 1 Sept 2015); each later one
 *       on the report day of the year a cycle (six years) after the previous due date.</li>
 *   <li>Corrections: the ILO decides the exact year of a regular report by subject group and the country's
 *       alphabetical group, which no rule here can know; a coordinator's corrected due date replaces the
 *       computed one for that report, and the reports after it count from it.</li>
 * </ul>
 */
@Component
public class TreatyCalendar {

    /** ICRMW art. 87(1): the twentieth instrument of ratification or accession was deposited on this day. */
    public static final LocalDate ICRMW_TWENTIETH_DEPOSIT = LocalDate.of(2003, 3, 14);

    /** ICRMW art. 87(1): the Convention entered into force on this day. */
    public static final LocalDate ICRMW_ENTRY_INTO_FORCE = LocalDate.of(2003, 7, 1);

    private final TreatyProperties properties;

    public TreatyCalendar(TreatyProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** The day the ICRMW binds a State that deposited its instrument of ratification or accession on {@code deposit}. */
    public LocalDate icrmwEntryIntoForce(LocalDate deposit) {
        Objects.requireNonNull(deposit, "deposit");
        // ICRMW art. 87(2) covers only States ratifying after entry into force; all earlier ones are bound from art. 87(1)'s date
        if (!deposit.isAfter(ICRMW_ENTRY_INTO_FORCE)) {
            return ICRMW_ENTRY_INTO_FORCE;
        }
        return firstDayOfMonthFollowingThreeMonths(deposit);
    }

    /** The day an ILO convention binds a Member whose ratification was registered on {@code registration}. */
    public LocalDate iloEntryIntoForce(LocalDate registration) {
        Objects.requireNonNull(registration, "registration");
        // ILO standard final provisions: in force for a Member twelve months after its ratification is registered
        return registration.plusMonths(12);
    }

    /** The first {@code count} reports owed under {@code instrument}: the initial one, then periodic ones. */
    public List<ReportDue> reportSchedule(Instrument instrument, LocalDate entryIntoForce, int count) {
        return reportSchedule(instrument, entryIntoForce, count, Map.of());
    }

    /**
     * The first {@code count} reports, with the due dates a coordinator corrected ({@code corrections}: by
     * the report's position, 0 for the initial report) in place of the computed ones; each report after a
     * corrected one counts from the corrected date.
     */
    public List<ReportDue> reportSchedule(Instrument instrument, LocalDate entryIntoForce, int count,
            Map<Integer, LocalDate> corrections) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (count == 0) {
            return List.of();
        }
        List<ReportDue> schedule = new ArrayList<>(count);
        LocalDate due = corrections.getOrDefault(0, initialReportDue(instrument, entryIntoForce));
        schedule.add(new ReportDue(ReportKind.INITIAL, due));
        while (schedule.size() < count) {
            due = corrections.getOrDefault(schedule.size(), nextReportDue(instrument, due));
            schedule.add(new ReportDue(ReportKind.PERIODIC, due));
        }
        return List.copyOf(schedule);
    }

    /** When the first report under {@code instrument} is due for a State bound from {@code entryIntoForce}. */
    public LocalDate initialReportDue(Instrument instrument, LocalDate entryIntoForce) {
        Objects.requireNonNull(entryIntoForce, "entryIntoForce");
        Objects.requireNonNull(instrument, "instrument");
        return switch (instrument) {
            // ICRMW art. 73(1)(a): within one year after entry into force
            case ICRMW -> entryIntoForce.plus(properties.icrmwInitialReport());
            // ILO Constitution art. 22: first report due 1 September of the year after entry into force
            case ILO_C97, ILO_C143 -> properties.iloReportMonthDay()
                    .atYear(entryIntoForce.getYear() + properties.iloFirstReportYears());
        };
    }

    /** When the report after the one due on {@code previousDue} is due. */
    public LocalDate nextReportDue(Instrument instrument, LocalDate previousDue) {
        Objects.requireNonNull(previousDue, "previousDue");
        Objects.requireNonNull(instrument, "instrument");
        return switch (instrument) {
            // ICRMW art. 73(1)(b): thereafter every five years
            case ICRMW -> previousDue.plus(properties.icrmwPeriodicReport());
            // ILO: regular reports on technical conventions every six years (2019), due 1 September
            case ILO_C97, ILO_C143 -> properties.iloReportMonthDay()
                    .atYear(previousDue.plus(properties.iloReportCycle()).getYear());
        };
    }

    // ICRMW art. 87(1) and (2): first day of the month following a period of three months after the deposit
    static LocalDate firstDayOfMonthFollowingThreeMonths(LocalDate deposit) {
        LocalDate periodEnds = deposit.plusMonths(3);
        return periodEnds.withDayOfMonth(1).plusMonths(1);
    }
}
