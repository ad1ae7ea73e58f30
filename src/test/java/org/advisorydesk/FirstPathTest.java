package org.advisorydesk;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The first path end to end through the HTTP API, as the demo users: Paraguay asks, the coordinator
 * screens and confirms the routing, OHCHR leads with ILO and IOM contributing, the manager approves, Paraguay accepts; Türkiye sees none of it, the
 * administrator sees the instance through the engine REST API.
 */
@DeskTest
class FirstPathTest {

    @LocalServerPort int port;

    @Test
    void paraguaysRequestGoesFromSubmissionToAcceptance() {
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");
        ApiClient turkey = ApiClient.as(port, "gov.turkey");
        String reference = paraguay.post("/api/requests", aRequest().asJson()).getBody().get("reference").asText();

        work("coordinator", reference, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        work("coordinator", reference, "confirm-routing", Map.of("routingDecision", "CONFIRM"));
        assertThat(status(paraguay, reference)).isEqualTo("IN_PROGRESS");
        work("ohchr.officer", reference, "prepare-gap-analysis", Map.of("gapAnalysisSummary", "Gap analysis of Law 978/96"));
        work("ilo.officer", reference, "add-findings", Map.of("contributionSummary", "Labour rights"));
        work("iom.officer", reference, "add-findings", Map.of("contributionSummary", "Consular services"));
        work("ohchr.officer", reference, "consolidate-review", Map.of("reviewReport", "Twelve gaps"));
        work("manager", reference, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        assertThat(status(paraguay, reference)).isEqualTo("DELIVERED");
        assertThat(turkey.get("/api/tasks").getBody().findValuesAsText("requestReference")).doesNotContain(reference);
        work("gov.paraguay", reference, "review-deliverables", Map.of("reviewOutcome", "ACCEPT"));

        JsonNode request = paraguay.get("/api/requests/" + reference).getBody();
        assertThat(request.get("status").asText()).isEqualTo("CLOSED");
        // the government reads its own steps; staff read every step, by whom
        assertThat(request.get("completedSteps").findValuesAsText("step")).containsExactly("review-deliverables");
        JsonNode staffView = ApiClient.as(port, "coordinator").get("/api/requests/" + reference).getBody();
        assertThat(staffView.get("completedSteps").findValuesAsText("step")).containsSubsequence(
                "screen-request", "confirm-routing", "consolidate-review", "approve-deliverable", "review-deliverables");
        assertThat(staffView.get("completedSteps").findValuesAsText("completedBy")).containsSubsequence(
                "coordinator", "coordinator", "ohchr.officer", "manager", "gov.paraguay");
        assertThat(request.get("history").findValuesAsText("to")).containsSubsequence(
                "SUBMITTED", "IN_SCREENING", "IN_PROGRESS", "DELIVERED", "CLOSED");

        assertThat(turkey.get("/api/requests").getBody().findValuesAsText("reference")).doesNotContain(reference);
        assertThat(turkey.get("/api/requests/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode history = ApiClient.as(port, "admin")
                .get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference).getBody();
        assertThat(history.findValuesAsText("processDefinitionKey")).contains("assistance-request", "legislative-review");
        assertThat(history.findValuesAsText("state")).containsOnly("COMPLETED");
    }

    private void work(String user, String reference, String taskKey, Map<String, Object> values) {
        ApiClient client = ApiClient.as(port, user);
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode task : client.get("/api/tasks").getBody()) {
            if (task.get("requestReference").asText().equals(reference) && task.get("taskDefinitionKey").asText().equals(taskKey)) {
                ids.add(task.get("id").asText());
            }
        }
        assertThat(ids).as("%s's %s tasks for %s", user, taskKey, reference).hasSize(1);
        assertThat(client.post("/api/tasks/" + ids.get(0) + "/claim").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(client.post("/api/tasks/" + ids.get(0) + "/complete", values).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static String status(ApiClient client, String reference) {
        return client.get("/api/requests/" + reference).getBody().get("status").asText();
    }
}
