package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.OFFER_DECISION;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.PROCESS_KEY;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_DUE;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_KIND;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.STATE_CONTACT_EMAIL;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.startOfDay;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestSearch;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.task.WorkTask;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code treaty-monitoring} process, path by path and timer by timer, with the engine's clock moved
 * through the years of a State's reporting obligations.
 */
@DeskTest
class TreatyMonitoringProcessTest {

    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));
    static final CurrentUser OHCHR = new CurrentUser("ohchr.officer", Set.of("ohchr"));
    static final CurrentUser ILO = new CurrentUser("ilo.officer", Set.of("ilo"));

    @Autowired ProcessEngine engine;
    @Autowired TreatyRegister register;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired RequestService requests;

    @Autowired TreatySeed seed;

    @BeforeEach
    void useEngineAndSeededRegister() throws Exception {
        BpmnAwareTests.init(engine);
        seed.seedIfEmpty();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportingSupportIsOfferedBeforeTheDueDateAndAnOverdueReportIsFollowedUpUntilItArrives() {
        // Burkina Faso signed before 2003 (seed); ratification deposited 23 February 2007
        ProcessInstance monitoring = ratify("BFA", LocalDate.of(2007, 2, 23));
        assertThat(monitoring).isWaitingAt("entry-into-force-reached");

        // art. 87(2): in force 1 June 2007; art. 73(1)(a): initial report due 1 June 2008; offer 120 days before
        dayComes(monitoring, LocalDate.of(2007, 6, 1));
        assertThat(monitoring).isWaitingAt("support-offer-due");
        assertThat(monitoring).variables().containsEntry(REPORT_DUE.name(), startOfDay(LocalDate.of(2008, 6, 1)))
                .containsEntry(REPORT_KIND.name(), "INITIAL");
        dayComes(monitoring, LocalDate.of(2008, 2, 1));
        assertThat(monitoring).isWaitingAt("support-offer-due");
        dayComes(monitoring, LocalDate.of(2008, 2, 2));
        assertThat(monitoring).isWaitingAt("offer-reporting-support");
        assertThat(monitoring).task().hasCandidateGroup("ohchr");

        complete(OHCHR, "BFA-ICRMW", "offer-reporting-support", Map.of(OFFER_DECISION.name(), "NOT_NEEDED"));
        assertThat(monitoring).isWaitingAt("report-due");
        dayComes(monitoring, LocalDate.of(2008, 6, 1));
        assertThat(monitoring).isWaitingAt("follow-up-overdue-report");
        complete(OHCHR, "BFA-ICRMW", "follow-up-overdue-report", Map.of("followUpNote", "Letter to the mission"));
        assertThat(monitoring).isWaitingAt("follow-up-interval");

        dayComes(monitoring, LocalDate.of(2008, 8, 31));
        assertThat(monitoring).isWaitingAt("follow-up-overdue-report");
        complete(OHCHR, "BFA-ICRMW", "follow-up-overdue-report", Map.of("followUpNote", "Second letter"));
        dayComes(monitoring, LocalDate.of(2008, 10, 2));
        register.recordReport(COORDINATOR, "BFA", new TreatyInputs.ReportInput(Instrument.ICRMW, LocalDate.of(2008, 10, 1)));
        dayComes(monitoring, LocalDate.of(2008, 11, 30));

        // art. 73(1)(b): the next report five years after the previous due date, not after the late submission
        assertThat(monitoring).isWaitingAt("support-offer-due");
        assertThat(monitoring).variables().containsEntry(REPORT_DUE.name(), startOfDay(LocalDate.of(2013, 6, 1)))
                .containsEntry(REPORT_KIND.name(), "PERIODIC");
    }

    @Test
    void aReportRecordedInTimeLeadsStraightToTheNextOne() {
        ProcessInstance monitoring = ratify("BGD", LocalDate.of(2011, 8, 24));
        // art. 87(2): 24 Aug + 3 months = 24 Nov 2011, in force 1 Dec 2011; initial report due 1 Dec 2012
        dayComes(monitoring, LocalDate.of(2011, 12, 1));
        dayComes(monitoring, LocalDate.of(2012, 8, 3));
        assertThat(monitoring).isWaitingAt("offer-reporting-support");
        dayComes(monitoring, LocalDate.of(2012, 9, 2));
        register.recordReport(COORDINATOR, "BGD", new TreatyInputs.ReportInput(Instrument.ICRMW, LocalDate.of(2012, 9, 1)));

        // nobody answered the offer: the due date closes it and finds the report there
        dayComes(monitoring, LocalDate.of(2012, 12, 1));

        assertThat(monitoring).hasPassed("report-due-during-offer").hasNotPassed("follow-up-overdue-report");
        assertThat(monitoring).isWaitingAt("support-offer-due");
        assertThat(monitoring).variables().containsEntry(REPORT_DUE.name(), startOfDay(LocalDate.of(2017, 12, 1)));
    }

    @Test
    void acceptedSupportOpensAReportingSupportRequestOnTheStatesBehalf() {
        ProcessInstance monitoring = ratify("ARG", LocalDate.of(2010, 3, 15));
        dayComes(monitoring, LocalDate.of(2010, 7, 1));
        dayComes(monitoring, LocalDate.of(2011, 3, 3));

        complete(OHCHR, "ARG-ICRMW", "offer-reporting-support",
                Map.of(OFFER_DECISION.name(), "START_REQUEST", STATE_CONTACT_EMAIL.name(), "cmw.report@cancilleria.gob.ar"));

        assertThat(monitoring).hasPassed("start-reporting-support").isWaitingAt("report-due");
        List<AssistanceRequest> argentina = requests.search(COORDINATOR,
                new RequestSearch(RequestSearch.Standing.ALL, "ARG", null, 0, 200)).requests();
        assertThat(argentina).singleElement().satisfies(r -> {
            assertThat(r.assistanceTypes()).containsExactly(AssistanceType.REPORTING_SUPPORT);
            assertThat(r.instruments()).containsExactly(Instrument.ICRMW);
            assertThat(r.contactEmail()).isEqualTo("cmw.report@cancilleria.gob.ar");
            assertThat(r.title()).contains("initial report").contains("2011-07-01");
            assertThat(r.submittedBy()).isEqualTo("ohchr.officer");
        });
    }

    @Test
    void iloConventionsAreWatchedByTheIlo() {
        ProcessInstance monitoring = ratify("PHL", Instrument.ILO_C97, LocalDate.of(2009, 4, 21));
        // ILO: in force twelve months after registration; first report due 1 September of the year after
        dayComes(monitoring, LocalDate.of(2010, 4, 21));
        assertThat(monitoring).variables().containsEntry(REPORT_DUE.name(), startOfDay(LocalDate.of(2011, 9, 1)));
        dayComes(monitoring, LocalDate.of(2011, 5, 3));
        assertThat(monitoring).isWaitingAt("support-offer-due");
        dayComes(monitoring, LocalDate.of(2011, 5, 4));

        assertThat(monitoring).isWaitingAt("offer-reporting-support");
        assertThat(monitoring).task().hasCandidateGroup("ilo");
        assertThat(inbox.openTasks(ILO)).filteredOn(t -> "PHL-ILO_C97".equals(t.requestReference()))
                .singleElement().satisfies(t -> assertThat(t.requestingState()).isEqualTo("PHL"));
    }

    @Test
    void aCorrectedNextDueDateMovesTheMonitoringsTimersAndTheReportsAfterIt() {
        // Gabon registers C143 on 10 January 2012: in force 10 January 2013, first report due 1 September 2014
        ProcessInstance monitoring = ratify("GAB", Instrument.ILO_C143, LocalDate.of(2012, 1, 10));
        dayComes(monitoring, LocalDate.of(2013, 1, 10));
        assertThat(monitoring).isWaitingAt("support-offer-due");
        ClockUtil.setCurrentTime(startOfDay(LocalDate.of(2013, 2, 1)));

        register.correctNextDue(COORDINATOR, "GAB", new TreatyInputs.CorrectionInput(Instrument.ILO_C143,
                LocalDate.of(2015, 9, 1), "ILO letter of January 2013: report requested in the 2015 group"));

        assertThat(monitoring).variables().containsEntry(REPORT_DUE.name(), startOfDay(LocalDate.of(2015, 9, 1)));
        dayComes(monitoring, LocalDate.of(2014, 9, 2));
        assertThat(monitoring).as("the old dates no longer fire").isWaitingAt("support-offer-due");
        dayComes(monitoring, LocalDate.of(2015, 5, 4));
        assertThat(monitoring).isWaitingAt("offer-reporting-support");
        List<StateView.ReportView> reports = register.state(COORDINATOR, "GAB").instruments().get(2).reports();
        assertThat(reports).extracting(StateView.ReportView::due).containsExactly(LocalDate.of(2015, 9, 1));
        assertThat(register.schedules()).filteredOn(s -> s.participation().state().equals("GAB")).singleElement()
                .satisfies(s -> assertThat(s.next().due()).isEqualTo(LocalDate.of(2015, 9, 1)));
    }

    @Test
    void concludingObservationsStartFollowUpPlanningBesideTheReportingCycle() {
        ProcessInstance monitoring = ratify("CHL", LocalDate.of(2004, 5, 10));
        dayComes(monitoring, LocalDate.of(2004, 9, 1));
        ClockUtil.setCurrentTime(startOfDay(LocalDate.of(2004, 10, 1)));

        register.recordObservations(COORDINATOR, "CHL",
                new TreatyInputs.ObservationsInput(Instrument.ICRMW, LocalDate.of(2004, 9, 30), "Adopt a labour migration law"));

        assertThat(monitoring).isWaitingAt("support-offer-due", "plan-follow-up");
        complete(OHCHR, "CHL-ICRMW", "plan-follow-up", Map.of("followUpPlan", "Workshop with the parliament"));
        assertThat(monitoring).hasPassed("follow-up-planned").isWaitingAt("support-offer-due");
    }

    private ProcessInstance ratify(String state, LocalDate deposit) {
        ProcessInstance monitoring = ratify(state, Instrument.ICRMW, deposit);
        return monitoring;
    }

    private ProcessInstance ratify(String state, Instrument instrument, LocalDate deposit) {
        ClockUtil.setCurrentTime(startOfDay(deposit.plusDays(1)));
        TreatyAction action = instrument == Instrument.ICRMW
                && !register.state(COORDINATOR, state).instruments().get(0).status().equals(TreatyStatus.SIGNED)
                ? TreatyAction.ACCESSION : TreatyAction.RATIFICATION;
        register.recordAction(COORDINATOR, state, new TreatyInputs.ActionInput(instrument, action, deposit));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(state + "-" + instrument.name()).singleResult();
    }

    /** Moves the engine's clock to the start of that day and runs the instance's timers then due. */
    private void dayComes(ProcessInstance monitoring, LocalDate day) {
        ClockUtil.setCurrentTime(new Date(startOfDay(day).getTime() + 1000));
        List<Job> due;
        do {
            due = managementService.createJobQuery().timers().processInstanceId(monitoring.getId())
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list();
            due.forEach(job -> managementService.executeJob(job.getId()));
        } while (!due.isEmpty());
    }

    private void complete(CurrentUser user, String businessKey, String taskKey, Map<String, Object> values) {
        List<WorkTask> tasks = inbox.openTasks(user).stream()
                .filter(t -> businessKey.equals(t.requestReference()) && t.taskDefinitionKey().equals(taskKey)).toList();
        assertThat(tasks).as("%s's %s tasks on %s", user.id(), taskKey, businessKey).hasSize(1);
        inbox.complete(user, tasks.get(0).id(), values);
    }
}
