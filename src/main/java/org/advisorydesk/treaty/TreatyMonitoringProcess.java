package org.advisorydesk.treaty;

import static org.advisorydesk.treaty.TreatyMonitoringVariables.PROCESS_KEY;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.startOfDay;

import java.time.LocalDate;
import java.util.Date;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.ConflictException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The glue between the register and its {@code treaty-monitoring} process instances (one per State and instrument). */
@Component
class TreatyMonitoringProcess {

    static final String OBSERVATIONS_MESSAGE = "observations-adopted";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final MonitoringProperties properties;

    TreatyMonitoringProcess(RuntimeService runtimeService, ManagementService managementService, MonitoringProperties properties) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.properties = properties;
    }

    /**
     * A coordinator corrected the due date of the report the State's monitoring waits for: its timers
     * (the support offer before it, the due date itself) move with it.
     */
    void nextDueCorrected(String state, Instrument instrument, LocalDate due) {
        ProcessInstance instance = instance(businessKey(state, instrument));
        if (instance == null || runtimeService.getVariable(instance.getId(), TreatyMonitoringVariables.REPORT_DUE.name()) == null) {
            return; // not yet in force: the schedule is read when it is
        }
        Date dueDay = startOfDay(due);
        Date offerDay = startOfDay(due.minus(properties.supportOfferLead()));
        runtimeService.setVariable(instance.getId(), TreatyMonitoringVariables.REPORT_DUE.name(), dueDay);
        runtimeService.setVariable(instance.getId(), TreatyMonitoringVariables.SUPPORT_OFFER_ON.name(), offerDay);
        moveTimers(instance, "support-offer-due", offerDay);
        moveTimers(instance, "report-due", dueDay);
        moveTimers(instance, "report-due-during-offer", dueDay);
    }

    private void moveTimers(ProcessInstance instance, String activityId, Date to) {
        for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().list()) {
            managementService.setJobDuedate(timer.getId(), to);
        }
    }

    /** Starts watching the State's reporting obligations under the instrument, once. */
    void start(Participation party) {
        String businessKey = businessKey(party.state(), party.instrument());
        if (instance(businessKey) != null) {
            return;
        }
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, Variables.createVariables()
                .putValue(TreatyMonitoringVariables.STATE.name(), party.state())
                .putValue(TreatyMonitoringVariables.INSTRUMENT.name(), party.instrument().name())
                .putValue(TreatyMonitoringVariables.MONITORING_GROUP.name(), monitoringAgency(party.instrument()).groupId())
                .putValue(TreatyMonitoringVariables.ENTRY_INTO_FORCE.name(), startOfDay(party.entryIntoForce())));
    }

    /** Concluding observations start follow-up work in the State's monitoring instance. */
    void observationsAdopted(String state, Instrument instrument, LocalDate adoptedOn) {
        ProcessInstance instance = instance(businessKey(state, instrument));
        if (instance == null) {
            throw new ConflictException("No monitoring of " + state + " under " + instrument + " is running.");
        }
        runtimeService.createMessageCorrelation(OBSERVATIONS_MESSAGE).processInstanceId(instance.getId())
                .setVariable(TreatyMonitoringVariables.OBSERVATIONS_ADOPTED_ON.name(), startOfDay(adoptedOn))
                .correlate();
    }

    /** OHCHR watches the Convention (the Committee's secretariat); the ILO its own conventions. */
    static Agency monitoringAgency(Instrument instrument) {
        return instrument == Instrument.ICRMW ? Agency.OHCHR : Agency.ILO;
    }

    static String businessKey(String state, Instrument instrument) {
        return state + "-" + instrument.name();
    }

    private ProcessInstance instance(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).singleResult();
    }
}
