package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.advisorydesk.request.RequestScenario.COORDINATOR;
import static org.advisorydesk.request.RequestScenario.ILO;
import static org.advisorydesk.request.RequestScenario.MANAGER;
import static org.advisorydesk.request.RequestScenario.PARAGUAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.PageSession;
import org.advisorydesk.treaty.SeededRegister;
import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.treaty.TreatyAction;
import org.advisorydesk.treaty.TreatyInputs;
import org.advisorydesk.treaty.TreatyRegister;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every task that answers something shows it above its form, on the portal and in the workspace. */
@DeskTest
class ReplyInContextPageTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired SeededRegister seededRegister;
    @Autowired TreatyRegister register;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    /** This class records acts on the treaty register: the seed comes first (see SeededRegister). */
    @org.junit.jupiter.api.BeforeEach
    void registerSeededFirst() {
        seededRegister.ensure();
    }

    @Test
    void clarificationShowsTheCoordinatorsQuestionAndTheLapseDate() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which version of Law 978/96?"));

        String page = PageSession.signedIn(port, "gov.paraguay").get("/portal/requests/" + request.reference()).body();

        assertThat(page).contains("The coordinators’ question", "Which version of Law 978/96?",
                "Please answer by");
    }

    @Test
    void reworkAfterARejectionShowsTheManagersReasonAndKeepsThePreviousText() {
        AssistanceRequest request = scenario.plannedReportingSupport();
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Draft report v1"));
        scenario.complete(MANAGER, request, "approve-deliverable",
                Map.of("approvalDecision", "REJECT", "approvalComment", "Add the budget table"));
        String rework = scenario.task(ILO, request, "record-outcome", AssistanceType.REPORTING_SUPPORT).id();

        String page = PageSession.signedIn(port, "ilo.officer").get("/work/tasks/" + rework).body();

        assertThat(page).contains("The managers sent this back", "Add the budget table",
                "Your previous text is kept in the form below");
        assertThat(page).containsPattern("<textarea[^>]*name=\"outcomeSummary\"[^>]*>Draft report v1</textarea>");
    }

    @Test
    void answerAndReviewShowTheQuestionTheAnswerAndTheReleasedDeliverable() {
        AssistanceRequest request = scenario.plannedReportingSupport();
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Report outline attached"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        scenario.complete(PARAGUAY, request, "review-deliverables",
                Map.of("reviewOutcome", "QUESTION", "reviewQuestion", "Does it cover seasonal workers?"));
        String answer = scenario.task(ILO, request, "answer-question", null).id();

        assertThat(PageSession.signedIn(port, "ilo.officer").get("/work/tasks/" + answer).body())
                .contains("The government’s question", "Does it cover seasonal workers?");

        scenario.complete(ILO, request, "answer-question", Map.of("questionAnswer", "Yes: section 3 covers them"));
        String portal = PageSession.signedIn(port, "gov.paraguay").get("/portal/requests/" + request.reference()).body();
        assertThat(portal).contains("The lead agency’s answer", "Yes: section 3 covers them", "Released to you",
                "Report outline attached");
    }

    @Test
    void outOfScopeReasonIsAtTheTopOfTheGovernmentsPage() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Refugee status is UNHCR's mandate"));

        String page = PageSession.signedIn(port, "gov.paraguay").get("/portal/requests/" + request.reference()).body();

        assertThat(page).contains("id=\"closure-reason\"", "Why the request was closed");
        // in "Where it stands", before the conversation (a closed request has no tasks section any more)
        assertThat(page.indexOf("Refugee status is UNHCR")).isGreaterThan(page.indexOf("id=\"next\""))
                .isLessThan(page.indexOf("id=\"conversation\""));
    }

    @Test
    void monitoringTaskShowsTheReportItIsAboutAndTheStatesFocalPoints() {
        User focal = identityService.newUser("focal.nauru");
        focal.setFirstName("Focal");
        focal.setLastName("Nauru");
        focal.setEmail("focal@nauru.example.org");
        identityService.saveUser(focal);
        identityService.saveGroup(identityService.newGroup("gov-nru"));
        identityService.createMembership("focal.nauru", "gov-nru");
        register.recordAction(new CurrentUser("coordinator", Set.of("coordinators")), "NRU",
                new TreatyInputs.ActionInput(Instrument.ICRMW, TreatyAction.ACCESSION, LocalDate.of(2020, 1, 15)));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NRU-ICRMW")
                .singleResult().getId();
        List<Job> due;
        do {
            due = managementService.createJobQuery().timers().processInstanceId(instance)
                    .duedateLowerThan(new java.util.Date()).list();
            due.forEach(job -> managementService.executeJob(job.getId()));
        } while (!due.isEmpty());
        Task followUp = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("follow-up-overdue-report").singleResult();

        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        ohchr.get("/work/tasks/" + followUp.getId());
        ohchr.post("/work/tasks/" + followUp.getId() + "/comments", Map.of("text", "Call to the mission on Monday"));
        String page = ohchr.get("/work/tasks/" + followUp.getId()).body();

        // accession 15 January 2020: in force 1 May 2020, initial report due 1 May 2021 (art. 87(2), 73(1))
        assertThat(page).contains("Nauru (NRU)", "Initial report", "May 1, 2021", "Overdue by",
                "Focal Nauru &lt;focal@nauru.example.org&gt;");
        // the monitoring case's own record, with the comment on its task
        assertThat(page).contains("The case’s record", "Call to the mission on Monday");
    }

}
