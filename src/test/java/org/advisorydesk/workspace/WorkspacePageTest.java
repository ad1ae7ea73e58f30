package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.TestUsers;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.WorkTask;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff workspace's pages over HTTP, as a browser without JavaScript uses them. */
@DeskTest
class WorkspacePageTest {

    /** French puts a non-breaking space before a colon, semicolon, question or exclamation mark. */
    private static final String NB = "\u00A0";

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired RequestService requests;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired org.advisorydesk.task.TaskInbox inbox;

    /** A request of Paraguay on ILO Convention 97, routed to ILO (lead) and OHCHR: ILO prepares the gap analysis. */
    private AssistanceRequest routedReview(String title) {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97")
                .assistanceTypes("LEGISLATIVE_REVIEW").with("title", title));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        return request;
    }

    private WorkTask gapAnalysis(AssistanceRequest request) {
        return scenario.task(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW);
    }

    @Test
    void officerFindsTheGroupsTaskWithItsDomainColumns() {
        AssistanceRequest request = routedReview("Columns " + System.nanoTime());
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");

        HttpResponse<String> page = ilo.get("/work?view=groups&q=" + request.reference());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(request.reference()).contains("PRY").contains(">C97</abbr>")
                .contains("Prepare gap analysis").contains("Legislative review (gap analysis)")
                .contains("Tasks 1 to 1 of 1").contains("/work/tasks/" + gapAnalysis(request).id());
    }

    @Test
    void claimingMovesTheTaskFromUnassignedToMine() {
        AssistanceRequest request = routedReview("Claim " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        assertThat(ilo.get("/work?view=unassigned&q=" + request.reference()).body()).contains(taskId);
        assertThat(ilo.get("/work?view=mine&q=" + request.reference()).body()).doesNotContain(taskId);

        ilo.get("/work/tasks/" + taskId);
        HttpResponse<String> claimed = ilo.post("/work/tasks/" + taskId + "/claim", Map.of());

        assertThat(claimed.statusCode()).isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("ilo.officer");
        assertThat(ilo.get("/work?view=mine&q=" + request.reference()).body()).contains(taskId);
        assertThat(ilo.get("/work?view=unassigned&q=" + request.reference()).body()).doesNotContain(taskId)
                .contains("No tasks in this view.");
    }

    @Test
    void searchByStateNameOrCodeNarrowsTheList() {
        AssistanceRequest request = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("ISL").with("title", "Iceland " + System.nanoTime()).build());
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        assertThat(coordinator.get("/work?view=groups&q=Iceland").body()).contains(request.reference());
        assertThat(coordinator.get("/work?view=groups&q=isl").body()).contains(request.reference());
        assertThat(coordinator.get("/work?view=groups&q=Islande").body()).contains(request.reference());
        assertThat(coordinator.get("/work?view=groups&q=PRY").body()).doesNotContain(request.reference());
    }

    @Test
    void longListsArePagedTwentyFiveAtATimeWithoutRepeats() {
        for (int i = 0; i < 27; i++) {
            requests.submit(RequestScenario.COORDINATOR, aRequest().forState("MLT").with("title", "Malta " + i).build());
        }
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        String first = coordinator.get("/work?view=groups&q=MLT&sort=reference").body();
        String second = coordinator.get("/work?view=groups&q=MLT&sort=reference&page=1").body();

        assertThat(taskLinks(first)).hasSize(25);
        assertThat(taskLinks(second)).hasSize(2).doesNotContainAnyElementsOf(taskLinks(first));
        assertThat(first).contains("Tasks 1 to 25 of 27").contains("Page 1 of 2");
        assertThat(second).contains("Tasks 26 to 27 of 27");
    }

    @Test
    void overdueTasksStandOutAndAreCountedForTheirGroupAndForManagers() {
        AssistanceRequest request = routedReview("Late " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        taskService.setDueDate(taskId, Date.from(Instant.now().minus(3, ChronoUnit.DAYS)));

        String ilo = PageSession.signedIn(port, "ilo.officer").get("/work?view=overdue&q=" + request.reference()).body();
        assertThat(ilo).contains(taskId).contains("badge text-bg-danger\">Overdue");
        String manager = PageSession.signedIn(port, "manager").get("/work?view=overdue&q=" + request.reference()).body();
        assertThat(manager).contains(taskId);
        String unesco = PageSession.signedIn(port, "unesco.officer").get("/work?view=overdue&q=" + request.reference()).body();
        assertThat(unesco).doesNotContain(taskId);
    }

    @Test
    void taskPageShowsTheFormBesideTheRequestsFile() {
        AssistanceRequest request = routedReview("File " + System.nanoTime());
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");

        HttpResponse<String> page = ilo.get("/work/tasks/" + gapAnalysis(request).id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"gapAnalysisSummary\"").contains(request.title())
                .contains("Lead agency").contains("OHCHR").contains("/work/requests/" + request.reference() + "/findings")
                .contains("id=\"history-heading\"");
    }

    @Test
    void incompleteFormIsShownAgainWithTheErrorAndTheTaskStaysOpen() {
        AssistanceRequest request = routedReview("Incomplete " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get("/work/tasks/" + taskId);

        HttpResponse<String> response = ilo.post("/work/tasks/" + taskId + "/complete", Map.of("gapAnalysisSummary", " "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"task-gapAnalysisSummary-error\"").contains("This field is required.");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void completedTaskLeavesTheListAndTheNextStepFollows() {
        AssistanceRequest request = routedReview("Complete " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get("/work/tasks/" + taskId);

        HttpResponse<String> response = ilo.post("/work/tasks/" + taskId + "/complete",
                Map.of("gapAnalysisSummary", "Articles 25 to 28 need amendments."));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/work");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(ilo.get("/work").body()).contains("The task is done.");
        assertThat(ilo.get("/work/requests/" + request.reference()).body()).contains("Articles 25 to 28 need amendments.");
    }

    @Test
    void taskIsHandedOverToAColleagueOfItsGroupOnly() {
        TestUsers.ensure(identityService, "ilo.colleague", "ilo");
        AssistanceRequest request = routedReview("Hand over " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        assertThat(ilo.get("/work/tasks/" + taskId).body()).contains("<option value=\"ilo.colleague\">");

        assertThat(ilo.post("/work/tasks/" + taskId + "/hand-over", Map.of("userId", "unesco.officer")).statusCode())
                .isEqualTo(400);
        ilo.get("/work/tasks/" + taskId);
        assertThat(ilo.post("/work/tasks/" + taskId + "/hand-over", Map.of("userId", "ilo.colleague")).statusCode())
                .isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("ilo.colleague");
    }

    @Test
    void commentOnATaskGoesIntoTheRequestsHistory() {
        AssistanceRequest request = routedReview("Comment " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get("/work/tasks/" + taskId);

        assertThat(ilo.post("/work/tasks/" + taskId + "/comments", Map.of("text", "")).statusCode()).isEqualTo(400);
        ilo.get("/work/tasks/" + taskId);
        assertThat(ilo.post("/work/tasks/" + taskId + "/comments", Map.of("text", "Asked the ministry for the 2019 decree."))
                .statusCode()).isEqualTo(302);

        assertThat(ilo.get("/work/tasks/" + taskId).body()).contains("Asked the ministry for the 2019 decree.");
    }

    @Test
    void attachmentWithoutAFileIsShownAgainWithTheErrorNextToTheField() {
        AssistanceRequest request = routedReview("Attach " + System.nanoTime());
        String taskId = gapAnalysis(request).id();
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get("/work/tasks/" + taskId);

        HttpResponse<String> response = ilo.post("/work/tasks/" + taskId + "/documents", Map.of("kind", "DELIVERABLE"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"attach-error\"").contains("This field is required.")
                .contains("aria-describedby=\"attach-hint attach-error\"");
    }

    @Test
    void staffOfAnotherAgencyCannotOpenTheTaskNorTheRequest() {
        AssistanceRequest request = routedReview("Private " + System.nanoTime());
        PageSession unesco = PageSession.signedIn(port, "unesco.officer");

        assertThat(unesco.get("/work/tasks/" + gapAnalysis(request).id()).statusCode()).isEqualTo(404);
        HttpResponse<String> file = unesco.get("/work/requests/" + request.reference());
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(file.body()).doesNotContain(request.title());
    }

    @Test
    void managerFollowsAnotherGroupsTaskReadOnly() {
        AssistanceRequest request = routedReview("Follow " + System.nanoTime());
        HttpResponse<String> page = PageSession.signedIn(port, "manager").get("/work/tasks/" + gapAnalysis(request).id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"read-only\"").doesNotContain("id=\"task-form\"").doesNotContain("id=\"claim\"");
    }

    @Test
    void governmentsCannotEnterTheWorkspace() {
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        assertThat(paraguay.get("/work").statusCode()).isEqualTo(403);
        assertThat(paraguay.get("/work/requests/TA-2026-00001").statusCode()).isEqualTo(403);
    }

    @Test
    void staffStartInTheirWorkspaceAndAnUnknownViewIsABadRequest() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");

        assertThat(ilo.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/work");
        HttpResponse<String> bad = ilo.get("/work?view=everything");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("view").doesNotContain("Exception");
    }

    @Test
    void titlesAreEscaped() {
        AssistanceRequest request = scenario.submit(aRequest().with("title", "<script>alert(1)</script>"));
        String page = PageSession.signedIn(port, "coordinator").get("/work?view=groups&q=" + request.reference()).body();
        String file = PageSession.signedIn(port, "coordinator").get("/work/requests/" + request.reference()).body();

        assertThat(file).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(page).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void administratorsSeeTheCamundaLinksAndOthersDoNot() {
        assertThat(PageSession.signedIn(port, "admin").get("/work").body()).contains("/camunda/app/cockpit/default/");
        assertThat(PageSession.signedIn(port, "manager").get("/work").body()).doesNotContain("/camunda/app/");
    }

    @Test
    void historyIsShownInTheReadersLanguageWithTheTextsTypedKeptAsTheyWere() {
        AssistanceRequest request = routedReview("Steps " + System.nanoTime());
        inbox.comment(RequestScenario.ILO, gapAnalysis(request).id(), "Décret 2019 demandé", false);
        scenario.complete(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("gapAnalysisSummary", "Articles 25 à 28 à modifier"));

        String french = PageSession.signedIn(port, "ilo.officer").get("/work/requests/" + request.reference() + "?lang=fr").body();
        String english = PageSession.signedIn(port, "ilo.officer").get("/work/requests/" + request.reference() + "?lang=en").body();

        assertThat(french).contains("Examiner la recevabilité de la demande — Conclusion" + NB + ": Complète" + NB + ": déterminer la répartition")
                .contains("Préparer l’analyse des écarts — ").contains("Articles 25 à 28 à modifier")
                .contains("Examen de la législation (analyse des écarts)" + NB + ": OIT chef de file, avec HCDH")
                .contains("Sur «" + NB + "Préparer l’analyse des écarts" + NB + "»" + NB + ": Décret 2019 demandé");
        assertThat(english).contains("Screen request — Outcome: Complete: determine the routing");
    }

    @Test
    void requestListFindsAStatesOpenAndFinishedRequestsForCoordinatorsOnly() {
        AssistanceRequest open = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("NOR").with("title", "Norway open " + System.nanoTime()).build());
        AssistanceRequest rejected = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("NOR").with("title", "Norway rejected " + System.nanoTime()).build());
        scenario.complete(RequestScenario.COORDINATOR, rejected, "screen-request",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Not about migrant workers."));
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        String openList = coordinator.get("/work/requests?q=Norway").body();
        assertThat(openList).contains(open.reference()).doesNotContain(rejected.reference());
        assertThat(coordinator.get("/work/requests?q=NOR&standing=finished").body())
                .contains(rejected.reference()).contains("Out of scope").doesNotContain(open.reference());
        assertThat(coordinator.get("/work/requests?q=" + open.reference() + "&standing=all").body())
                .contains("Requests 1 to 1 of 1");
        assertThat(coordinator.get("/work/requests?q=Norway%20open&standing=all").body()).contains(open.reference());
        assertThat(PageSession.signedIn(port, "ilo.officer").get("/work/requests?q=NOR&standing=all").body())
                .doesNotContain(open.reference()).doesNotContain(rejected.reference());
        assertThat(coordinator.get("/work/requests?standing=sometimes").statusCode()).isEqualTo(400);
    }

    @Test
    void requestAndTaskListsFindAStateByItsUnNameInAnyLanguageWithoutAccentsOrItsFormerName() {
        AssistanceRequest turkish = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("TUR").with("title", "Names A " + System.nanoTime()).build());
        AssistanceRequest ivorian = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("CIV").with("title", "Names B " + System.nanoTime()).build());
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        for (String name : java.util.List.of("Türkiye", "Turquía", "turquia", "Turkey")) {
            assertThat(coordinator.get("/work/requests?standing=all&q=" + encoded(name)).body()).as(name)
                    .contains(turkish.reference()).doesNotContain(ivorian.reference());
        }
        for (String name : java.util.List.of("Côte d’Ivoire", "cote d'ivoire", "Ivory Coast")) {
            assertThat(coordinator.get("/work/requests?standing=all&q=" + encoded(name)).body()).as(name)
                    .contains(ivorian.reference()).doesNotContain(turkish.reference());
        }
        assertThat(coordinator.get("/work?view=groups&q=" + encoded("Türkiye")).body())
                .contains(turkish.reference()).doesNotContain(ivorian.reference());
        assertThat(coordinator.get("/work?view=groups&q=" + encoded("cote d'ivoire")).body())
                .contains(ivorian.reference()).doesNotContain(turkish.reference());
    }

    @Test
    void requestListPutsTheNewestWorkFirstEvenWhenThatRequestsStatusChangedEarlier() {
        String title = "Order " + System.nanoTime();
        AssistanceRequest worked = requests.submit(RequestScenario.PARAGUAY,
                aRequest().forState("PRY").with("title", title + " worked").build());
        AssistanceRequest untouched = requests.submit(RequestScenario.PARAGUAY,
                aRequest().forState("PRY").with("title", title + " untouched").build());
        requests.comment(RequestScenario.COORDINATOR, worked.reference(), "Asked OHCHR for the draft law.", false);
        AssistanceRequest workedNow = requests.get(RequestScenario.COORDINATOR, worked.reference());
        AssistanceRequest untouchedNow = requests.get(RequestScenario.COORDINATOR, untouched.reference());
        assertThat(workedNow.updatedAt()).as("status changes").isBefore(untouchedNow.updatedAt());
        assertThat(workedNow.lastChangeAt()).as("last changes").isAfter(untouchedNow.lastChangeAt());

        String list = PageSession.signedIn(port, "coordinator").get("/work/requests?standing=all&q=" + encoded(title)).body();

        assertThat(list).contains("Requests 1 to 2 of 2").contains("datetime=\"" + workedNow.lastChangeAt() + "\"");
        assertThat(list.indexOf(worked.reference())).as("the request with the newest work comes first")
                .isLessThan(list.indexOf(untouched.reference()));
        // the government does not read staff comments: its list stays in the order of the status changes it sees
        assertThat(requests.search(RequestScenario.PARAGUAY, new org.advisorydesk.request.RequestSearch(
                        org.advisorydesk.request.RequestSearch.Standing.ALL, null, title, 0, 10)).requests())
                .extracting(AssistanceRequest::reference).containsExactly(untouched.reference(), worked.reference());
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static java.util.List<String> taskLinks(String page) {
        Matcher m = Pattern.compile("href=\"/work/tasks/([^\"]+)\"").matcher(page);
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
