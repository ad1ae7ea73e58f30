package org.advisorydesk.treaty;

import static org.advisorydesk.kernel.ProcessVariable.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.advisorydesk.kernel.ProcessVariable;
import org.advisorydesk.request.AssistanceRequestVariables;

/**
 * The variable contract of {@code treaty-monitoring}: every variable the process reads, with its type.
 * Days are kept as the start of the day in UTC ({@link #startOfDay}), the form a timer waits for. What a
 * form submits is task-local unless it is named here as a {@link #FORM_OUTPUTS form output} that the
 * process reads after the task.
 */
public final class TreatyMonitoringVariables {

    public static final String PROCESS_KEY = "treaty-monitoring";

    /** The State concerned, under the same name as in the request processes (task lists show it). */
    public static final ProcessVariable<String> STATE = AssistanceRequestVariables.REQUESTING_STATE;
    public static final ProcessVariable<String> INSTRUMENT = process("instrument", String.class);
    public static final ProcessVariable<String> MONITORING_GROUP = process("monitoringGroup", String.class);
    public static final ProcessVariable<Date> ENTRY_INTO_FORCE = process("entryIntoForce", Date.class);
    public static final ProcessVariable<Date> REPORT_DUE = process("reportDue", Date.class);
    public static final ProcessVariable<String> REPORT_KIND = process("reportKind", String.class);
    public static final ProcessVariable<Date> SUPPORT_OFFER_ON = process("supportOfferOn", Date.class);
    public static final ProcessVariable<Date> OBSERVATIONS_ADOPTED_ON = process("observationsAdoptedOn", Date.class);

    // decisions of forms that gateways and delegates read after the task
    public static final ProcessVariable<String> OFFER_DECISION = process("offerDecision", String.class);
    public static final ProcessVariable<String> STATE_CONTACT_EMAIL = process("stateContactEmail", String.class);

    /** The form fields whose values the process reads after their task: set on the process, not the task. */
    public static final List<ProcessVariable<?>> FORM_OUTPUTS = List.of(OFFER_DECISION, STATE_CONTACT_EMAIL);

    private TreatyMonitoringVariables() {
    }

    /** A day as the process keeps it. */
    public static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The day a date variable of the process stands for. */
    public static LocalDate day(Date startOfDay) {
        return startOfDay.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
