package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The monitoring cases of the seeded register (the 22 States bound by the ICRMW from 1 July 2003), for
 * tests outside this package. A seeded party is followed up only once its report history is verified;
 * with the job executor off its timers wait until a test runs them.
 */
@Component
public class MonitoringCases {

    public static final String FOLLOW_UP = "follow-up-overdue-report";

    @Autowired TreatySeed seed;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired TreatyRegister register;

    private static final org.advisorydesk.identity.CurrentUser COORDINATOR =
            new org.advisorydesk.identity.CurrentUser("coordinator", java.util.Set.of("coordinators"));

    /** Seeds the register unless it holds anything already. */
    public void seeded() {
        try {
            seed.seedIfEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The open <em>Follow up overdue report</em> task of a seeded State's ICRMW monitoring: its timers
     * due by the engine's clock are run first (entry into force in 2003, the support offer and the
     * initial report due in 2004 all passed), which leaves the overdue initial report to follow up.
     */
    public Task openFollowUp(String state) {
        seeded();
        // a seeded party's reports are followed up once a coordinator has verified its report history
        if (!register.state(COORDINATOR, state).instruments().get(0).reportHistoryRecorded()) {
            register.verifyReportHistory(COORDINATOR, state, org.advisorydesk.request.Instrument.ICRMW);
        }
        String businessKey = TreatyMonitoringProcess.businessKey(state, org.advisorydesk.request.Instrument.ICRMW);
        ProcessInstance monitoring = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY).processInstanceBusinessKey(businessKey)
                .singleResult();
        if (monitoring == null) {
            throw new AssertionError("No monitoring of " + businessKey + "; is " + state + " a seeded party?");
        }
        List<Job> due;
        do {
            due = managementService.createJobQuery().timers().processInstanceId(monitoring.getId())
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list();
            due.forEach(job -> managementService.executeJob(job.getId()));
        } while (!due.isEmpty());
        Task followUp = taskService.createTaskQuery().active().processInstanceId(monitoring.getId())
                .taskDefinitionKey(FOLLOW_UP).singleResult();
        if (followUp == null) {
            throw new AssertionError("No open " + FOLLOW_UP + " task on " + businessKey);
        }
        return followUp;
    }
}
