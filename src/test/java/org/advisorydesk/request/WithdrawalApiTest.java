package org.advisorydesk.request;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/requests/{reference}/withdraw}, comments and the history, through HTTP. */
@DeskTest
class WithdrawalApiTest {

    @LocalServerPort int port;
    @Autowired TaskService taskService;

    String reference;

    @BeforeEach
    void aSubmittedRequest() {
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().asJson()).getBody().get("reference").asText();
    }

    @Test
    void governmentWithdrawsAndAllOpenWorkEnds() {
        ResponseEntity<JsonNode> response = ApiClient.as(port, "gov.paraguay")
                .post("/api/requests/" + reference + "/withdraw", Map.of("reason", "The bill was dropped"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
        JsonNode history = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history").getBody();
        assertThat(history.findParents("kind")).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("WITHDRAWN");
            assertThat(e.at("/payload/reason").asText()).isEqualTo("The bill was dropped");
            assertThat(e.get("actor").asText()).isEqualTo("gov.paraguay");
        });
        assertThat(history.findValuesAsText("to")).contains("WITHDRAWN");
    }

    @Test
    void withdrawalAfterClosureIsAConflict() {
        ApiClient.as(port, "gov.paraguay").post("/api/requests/" + reference + "/withdraw");

        ResponseEntity<JsonNode> again = ApiClient.as(port, "gov.paraguay").post("/api/requests/" + reference + "/withdraw");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anotherStateCannotWithdrawNorSeeTheHistory() {
        assertThat(ApiClient.as(port, "gov.turkey").post("/api/requests/" + reference + "/withdraw").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(port, "gov.turkey").get("/api/requests/" + reference + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(port, "gov.turkey").post("/api/requests/" + reference + "/comments", Map.of("text", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheGovernmentWithdraws() {
        assertThat(ApiClient.as(port, "coordinator").post("/api/requests/" + reference + "/withdraw").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void historyListsCommentsAndStepsOldestFirstWithWhoAndWhen() {
        ApiClient.as(port, "gov.paraguay").post("/api/requests/" + reference + "/comments", Map.of("text", "Urgent: vote in March"));
        String task = ApiClient.as(port, "coordinator").get("/api/tasks").getBody().findParents("requestReference").stream()
                .filter(t -> t.get("requestReference").asText().equals(reference)).findFirst().orElseThrow().get("id").asText();
        ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/complete",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Refugee law only"));

        JsonNode history = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history").getBody();

        // the government reads its comment, the reason it was closed and the status; not the coordinator's step
        assertThat(history.findValuesAsText("kind")).containsSubsequence("STATUS_CHANGED", "STATUS_CHANGED", "COMMENT",
                "CLOSURE_REASON", "STATUS_CHANGED").doesNotContain("STEP_COMPLETED");
        assertThat(history.findValuesAsText("text")).contains("Urgent: vote in March", "Refugee law only");
        assertThat(history.findValuesAsText("to")).contains("REJECTED");
        assertThat(history.findValuesAsText("actor")).contains("gov.paraguay").doesNotContain("coordinator");
        assertThat(history.findValuesAsText("by")).contains("PRY", "COORDINATORS");
        JsonNode staffHistory = ApiClient.as(port, "coordinator").get("/api/requests/" + reference + "/history").getBody();
        assertThat(staffHistory.findParents("kind")).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("STEP_COMPLETED");
            assertThat(e.get("actor").asText()).isEqualTo("coordinator");
            assertThat(e.at("/payload/values/screeningOutcome").asText()).isEqualTo("OUT_OF_SCOPE");
            assertThat(e.at("/payload/values/screeningNote").asText()).isEqualTo("Refugee law only");
        });
        // as instants: an instant on a whole second is written without a fraction, so the texts do not sort
        assertThat(history.findValuesAsText("at").stream().map(java.time.Instant::parse).toList()).isSorted();
        assertThat(history.findValuesAsText("kind")).doesNotContain("NOTIFICATION_SENT");
        assertThat(staffHistory.findValuesAsText("kind")).contains("NOTIFICATION_SENT");
    }

    @Test
    void blankCommentIsRefusedNamingTheField() {
        ResponseEntity<JsonNode> response = ApiClient.as(port, "gov.paraguay")
                .post("/api/requests/" + reference + "/comments", Map.of("text", ""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("text");
    }
}
