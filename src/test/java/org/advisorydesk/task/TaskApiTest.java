package org.advisorydesk.task;

import org.advisorydesk.DeskTest;
import org.advisorydesk.TestUsers;
import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code /api/tasks} through HTTP: listing, claiming, giving back and completing with form values. */
@DeskTest
class TaskApiTest {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    String reference;
    String screeningTask;

    @BeforeEach
    void aSubmittedRequest() {
        TestUsers.ensure(identityService, "coordinator.two", "coordinators");
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().asJson())
                .getBody().get("reference").asText();
        screeningTask = taskOf("coordinator", "screen-request").get("id").asText();
    }

    @Test
    void taskListShowsTheRequestBesideEachTask() {
        JsonNode task = taskOf("coordinator", "screen-request");

        assertThat(task.get("name").asText()).isEqualTo("Screen request");
        assertThat(task.get("requestingState").asText()).isEqualTo("PRY");
        assertThat(task.get("requestReference").asText()).isEqualTo(reference);
        assertThat(task.has("assignee")).isFalse();
        assertThat(task.get("created").asText()).isNotBlank();
    }

    @Test
    void otherGroupsDoNotSeeTheTask() {
        assertThat(ApiClient.as(port, "ohchr.officer").get("/api/tasks").getBody().findValuesAsText("id"))
                .doesNotContain(screeningTask);
        assertThat(ApiClient.as(port, "gov.turkey").post("/api/tasks/" + screeningTask + "/claim").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(port, "gov.paraguay").post("/api/tasks/" + screeningTask + "/complete",
                Map.of("screeningOutcome", "COMPLETE")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownTaskIsNotFound() {
        ResponseEntity<JsonNode> response = ApiClient.as(port, "coordinator").post("/api/tasks/no-such-task/claim");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void taskClaimedBySomeoneElseCannotBeClaimedOrCompleted() {
        assertThat(ApiClient.as(port, "coordinator").post("/api/tasks/" + screeningTask + "/claim").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ApiClient colleague = ApiClient.as(port, "coordinator.two");
        assertThat(colleague.post("/api/tasks/" + screeningTask + "/claim").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(colleague.post("/api/tasks/" + screeningTask + "/complete", Map.of("screeningOutcome", "COMPLETE"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(colleague.post("/api/tasks/" + screeningTask + "/unclaim").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // the colleague still sees the group's task, held by the first coordinator
        assertThat(taskOf("coordinator.two", "screen-request").get("assignee").asText()).isEqualTo("coordinator");
    }

    @Test
    void holderGivesTheTaskBackToTheGroup() {
        ApiClient coordinator = ApiClient.as(port, "coordinator");
        coordinator.post("/api/tasks/" + screeningTask + "/claim");

        assertThat(coordinator.post("/api/tasks/" + screeningTask + "/unclaim").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ApiClient.as(port, "coordinator.two").post("/api/tasks/" + screeningTask + "/claim").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void formValuesAreCheckedAgainstTheTasksForm() {
        ApiClient coordinator = ApiClient.as(port, "coordinator");

        ResponseEntity<JsonNode> missing = coordinator.post("/api/tasks/" + screeningTask + "/complete", Map.of());
        ResponseEntity<JsonNode> notAllowed = coordinator.post("/api/tasks/" + screeningTask + "/complete",
                Map.of("screeningOutcome", "MAYBE", "colour", "blue"));

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").findValuesAsText("field")).containsExactly("screeningOutcome");
        assertThat(notAllowed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAllowed.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("screeningOutcome", "colour");
        // nothing was taken or completed
        assertThat(taskOf("coordinator", "screen-request").has("assignee")).isFalse();
    }

    @Test
    void completingAFreeTaskTakesItAndMovesTheProcessOn() {
        ResponseEntity<JsonNode> done = ApiClient.as(port, "coordinator").post("/api/tasks/" + screeningTask + "/complete",
                Map.of("screeningOutcome", "COMPLETE"));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ApiClient.as(port, "coordinator").get("/api/tasks").getBody().findValuesAsText("id"))
                .doesNotContain(screeningTask);
        assertThat(taskOf("coordinator", "confirm-routing").get("requestReference").asText()).isEqualTo(reference);
    }

    @Test
    void managerWhoDidTheWorkIsRefusedTheApproval() {
        TestUsers.ensure(identityService, "ilo.chief", "ilo", "managers");
        // ILO C97 reporting support: ILO leads alone
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests",
                aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT").asJson()).getBody().get("reference").asText();
        complete("coordinator", "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        complete("coordinator", "confirm-routing", Map.of("routingDecision", "CONFIRM"));
        complete("ilo.chief", "plan-assistance", Map.of("assistancePlan", "Workshop"));
        complete("ilo.chief", "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Done"));
        String approval = taskOf("ilo.chief", "approve-deliverable").get("id").asText();

        ResponseEntity<JsonNode> claim = ApiClient.as(port, "ilo.chief").post("/api/tasks/" + approval + "/claim");
        ResponseEntity<JsonNode> complete = ApiClient.as(port, "ilo.chief").post("/api/tasks/" + approval + "/complete",
                Map.of("approvalDecision", "APPROVE"));

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ApiClient.as(port, "manager").post("/api/tasks/" + approval + "/complete",
                Map.of("approvalDecision", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void holderHandsTheTaskOverToAColleagueOfTheGroupOnly() {
        ApiClient coordinator = ApiClient.as(port, "coordinator");
        coordinator.post("/api/tasks/" + screeningTask + "/claim");

        ResponseEntity<JsonNode> toStranger = coordinator.post("/api/tasks/" + screeningTask + "/assign", Map.of("userId", "ilo.officer"));
        ResponseEntity<JsonNode> toColleague = coordinator.post("/api/tasks/" + screeningTask + "/assign", Map.of("userId", "coordinator.two"));
        ResponseEntity<JsonNode> back = coordinator.post("/api/tasks/" + screeningTask + "/assign", Map.of("userId", "coordinator"));

        assertThat(toStranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toStranger.getBody().get("errors").findValuesAsText("field")).containsExactly("userId");
        assertThat(toColleague.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(back.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taskOf("coordinator.two", "screen-request").get("assignee").asText()).isEqualTo("coordinator.two");
    }

    @Test
    void aStaffCommentAddressedToTheGovernmentIsReadByIt() {
        assertThat(ApiClient.as(port, "coordinator").post("/api/tasks/" + screeningTask + "/comments",
                Map.of("text", "We will answer within two weeks", "toGovernment", true)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        JsonNode history = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history").getBody();
        assertThat(history.findParents("kind")).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("COMMENT");
            assertThat(e.at("/payload/text").asText()).isEqualTo("We will answer within two weeks");
            assertThat(e.get("by").asText()).isEqualTo("COORDINATORS");
            assertThat(e.path("actor").textValue()).isNull();
        });
    }

    @Test
    void commentOnATaskAppearsInTheRequestsHistory() {
        ResponseEntity<JsonNode> comment = ApiClient.as(port, "coordinator").post("/api/tasks/" + screeningTask + "/comments",
                Map.of("text", "Asked the mission for the bill"));
        ResponseEntity<JsonNode> blank = ApiClient.as(port, "coordinator").post("/api/tasks/" + screeningTask + "/comments",
                Map.of("text", " "));

        assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a staff comment on a task stays among staff
        JsonNode history = ApiClient.as(port, "coordinator").get("/api/requests/" + reference + "/history").getBody();
        assertThat(history.findParents("kind")).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("COMMENT");
            assertThat(e.at("/payload/text").asText()).isEqualTo("Asked the mission for the bill");
            assertThat(e.at("/payload/taskKey").asText()).isEqualTo("screen-request");
        });
        assertThat(ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history").getBody()
                .findValuesAsText("text")).doesNotContain("Asked the mission for the bill");
        assertThat(ApiClient.as(port, "gov.turkey").post("/api/tasks/" + screeningTask + "/comments",
                Map.of("text", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void complete(String user, String key, Map<String, Object> values) {
        String id = taskOf(user, key).get("id").asText();
        assertThat(ApiClient.as(port, user).post("/api/tasks/" + id + "/complete", values).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theListsViewsSearchAndPagesWithTheirTotalAndLinks() {
        ApiClient coordinator = ApiClient.as(port, "coordinator");
        ResponseEntity<JsonNode> unassigned = coordinator.get("/api/tasks?view=unassigned&q=" + reference + "&page=0&size=1");
        assertThat(unassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unassigned.getBody().findValuesAsText("id")).containsExactly(screeningTask);
        assertThat(unassigned.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(unassigned.getHeaders().getFirst("Link")).contains("rel=\"first\"").contains("rel=\"last\"")
                .doesNotContain("rel=\"next\"");
        ResponseEntity<JsonNode> all = coordinator.get("/api/tasks?view=groups&sort=due&dir=desc&size=1");
        long total = Long.parseLong(all.getHeaders().getFirst("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(all.getBody()).hasSize(1);
        if (total > 1) {
            assertThat(all.getHeaders().getFirst("Link")).contains("page=1>; rel=\"next\"");
        }
        assertThat(coordinator.get("/api/tasks?view=mine&q=" + reference).getBody()).isEmpty();
        coordinator.post("/api/tasks/" + screeningTask + "/claim");
        assertThat(coordinator.get("/api/tasks?view=mine&q=" + reference).getBody().findValuesAsText("id"))
                .containsExactly(screeningTask);
        for (String[] bad : new String[][] {{"view=everything", "view"}, {"sort=colour", "sort"}, {"dir=up", "dir"},
                {"page=abc", "page"}, {"page=-1", "page"}, {"size=0", "size"}, {"size=100000", "size"}}) {
            ResponseEntity<JsonNode> answer = coordinator.get("/api/tasks?" + bad[0]);
            assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().toString()).as(bad[0]).contains("\"" + bad[1] + "\"");
        }
    }

    private JsonNode taskOf(String user, String key) {
        for (JsonNode task : ApiClient.as(port, user).get("/api/tasks").getBody()) {
            if (task.get("requestReference").asText().equals(reference) && task.get("taskDefinitionKey").asText().equals(key)) {
                return task;
            }
        }
        throw new AssertionError(user + " has no " + key + " task for " + reference);
    }

}
