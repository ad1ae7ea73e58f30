package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Task forms that start from what the desk knows (issue 15), over HTTP as a browser without JavaScript. */
@DeskTest
class FormsInContextPageTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired org.advisorydesk.request.RequestService requests;

    @Test
    void confirmRoutingOffersOnlyTheRequestedTypesPrefilledWithTheCurrentRouting() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97")
                .assistanceTypes("LEGISLATIVE_REVIEW", "REPORTING_SUPPORT").with("title", "Routing " + System.nanoTime()));
        scenario.screenAsComplete(request);
        String taskId = scenario.task(RequestScenario.COORDINATOR, request, "confirm-routing", null).id();

        String page = PageSession.signedIn(port, "coordinator").get("/work/tasks/" + taskId).body();

        assertThat(page).contains("id=\"current-routing\"")
                .contains("value=\"LEGISLATIVE_REVIEW\"").contains("value=\"REPORTING_SUPPORT\"")
                .doesNotContain("value=\"CAPACITY_BUILDING\"").doesNotContain("value=\"DATA_AND_RESEARCH\"")
                .doesNotContain("value=\"ADMINISTRATIVE_GUIDANCE\"").doesNotContain("value=\"DRAFT_LEGISLATION_REVIEW\"");
        assertThat(page).containsPattern("value=\"CONFIRM\"[^>]*checked")
                .containsPattern("value=\"LEGISLATIVE_REVIEW\"[^>]*selected")
                .containsPattern("<option value=\"ILO\" selected")
                .containsPattern("name=\"overrideContributors\" value=\"OHCHR\" checked");
    }

    @Test
    void confirmRoutingSubmittedAsPrefilledStartsTheWork() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97")
                .assistanceTypes("LEGISLATIVE_REVIEW").with("title", "Unchanged " + System.nanoTime()));
        scenario.screenAsComplete(request);
        String taskId = scenario.task(RequestScenario.COORDINATOR, request, "confirm-routing", null).id();
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        coordinator.get("/work/tasks/" + taskId);

        HttpResponse<String> done = coordinator.post("/work/tasks/" + taskId + "/complete",
                Map.of("routingDecision", "CONFIRM", "overrideAssistanceType", "LEGISLATIVE_REVIEW", "overrideLead", "ILO",
                        "overrideContributors", "OHCHR"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(scenario.tasks(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW))
                .hasSize(1);
    }

    @Test
    void managerWhoDidTheWorkIsToldOfFourEyesBeforeAndGetsNoFormWhileAnotherManagerDoes() {
        String taskId = scenario.approvalOfWorkDoneByAManager().id();

        String own = PageSession.signedIn(port, "ilo.manager").get("/work/tasks/" + taskId).body();
        String other = PageSession.signedIn(port, "manager").get("/work/tasks/" + taskId).body();

        assertThat(own).contains("id=\"four-eyes-notice\"").contains("so you cannot approve it")
                .doesNotContain("id=\"task-form\"").doesNotContain("id=\"claim\"");
        assertThat(other).contains("id=\"task-form\"").contains("name=\"approvalDecision\"")
                .doesNotContain("id=\"four-eyes-notice\"");
    }

    @Test
    void documentKindIsChosenFromTheStepAndADeliverableOnlyOfferedToTheAgenciesDoingTheWork() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW")
                .with("title", "Kinds " + System.nanoTime()));
        String screening = scenario.task(RequestScenario.COORDINATOR, request, "screen-request", null).id();
        String atScreening = PageSession.signedIn(port, "coordinator").get("/work/tasks/" + screening).body();
        assertThat(firstKind(atScreening)).isEqualTo("EXISTING_LAW");
        assertThat(atScreening).doesNotContain("value=\"DELIVERABLE\"");

        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String gap = scenario.task(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        assertThat(firstKind(ilo.get("/work/tasks/" + gap).body())).isEqualTo("EXISTING_LAW");
        scenario.complete(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("gapAnalysisSummary", "Gaps in arts. 25 to 28"));
        scenario.complete(RequestScenario.OHCHR, request, "add-findings", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("contributionSummary", "Art. 16"));
        String consolidate = scenario.task(RequestScenario.ILO, request, "consolidate-review", AssistanceType.LEGISLATIVE_REVIEW).id();
        String atConsolidation = ilo.get("/work/tasks/" + consolidate).body();
        assertThat(firstKind(atConsolidation)).isEqualTo("DELIVERABLE");
        assertThat(atConsolidation).contains("id=\"attach-3-kind\"");
    }

    /** The kind selected in the first attachment row. */
    private static String firstKind(String page) {
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("id=\"attach-kind\"[^>]*>\\s*<option value=\"([A-Z_]+)\" selected").matcher(page);
        assertThat(row.find()).as("a kind selected in the first row").isTrue();
        return row.group(1);
    }

    @Test
    void requestIsBeingRoutedDuringConfirmRoutingAndInProgressOnceConfirmed() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW")
                .with("title", "Status " + System.nanoTime()));
        scenario.screenAsComplete(request);
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        assertThat(coordinator.get("/work/requests/" + request.reference()).body())
                .contains("id=\"file-status\">Being routed (Confirm routing)<");
        scenario.confirmRouting(request);
        assertThat(coordinator.get("/work/requests/" + request.reference()).body()).contains("id=\"file-status\">In progress<");
    }

    @Test
    void lastChangeMovesWhenWorkIsDoneAndTheListShowsIt() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW")
                .with("title", "Last change " + System.nanoTime()));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        java.time.Instant before = lastChange(ilo.get("/work/requests/" + request.reference()).body());

        scenario.complete(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("gapAnalysisSummary", "Gaps in arts. 25 to 28"));

        java.time.Instant after = lastChange(ilo.get("/work/requests/" + request.reference()).body());
        assertThat(after).isAfter(before);
        assertThat(ilo.get("/work/requests?q=" + request.reference()).body()).contains("datetime=\"" + after + "\"");
        // the status did not change: the government's "last change" stays where its own view of the request is
        assertThat(requests.get(RequestScenario.COORDINATOR, request.reference()).updatedAt()).isBefore(after);
    }

    private static java.time.Instant lastChange(String page) {
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("id=\"file-last-change\" datetime=\"([^\"]+)\"")
                .matcher(page);
        assertThat(time.find()).as("the file's last change").isTrue();
        return java.time.Instant.parse(time.group(1));
    }
}
