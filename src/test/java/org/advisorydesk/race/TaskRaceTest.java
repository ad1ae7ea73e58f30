package org.advisorydesk.race;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two users acting on one task or request at the same moment, from two real threads through HTTP,
 * against the real engine: one wins, the other is told so with {@code 409} problem details, never a
 * {@code 500}, and the outcome is whole (one completion, no task left behind a withdrawal).
 */
@DeskTest
class TaskRaceTest {

    private static final int ROUNDS = 8;

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void twoCoordinators() {
        TestUsers.ensure(identityService, "coordinator.two", "coordinators");
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoCoordinatorsClaimingOneTaskGiveOneClaimAndOneConflict() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String task = screeningTask(submitted());

            List<ResponseEntity<JsonNode>> answers = together(
                    () -> ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/claim"),
                    () -> ApiClient.as(port, "coordinator.two").post("/api/tasks/" + task + "/claim"));

            assertOneWinsOneConflicts(answers);
            assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNotNull();
        }
    }

    @Test
    void twoCoordinatorsCompletingOneTaskGiveOneCompletionAndOneConflict() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String reference = submitted();
            String task = screeningTask(reference);

            List<ResponseEntity<JsonNode>> answers = together(
                    () -> ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/complete", complete()),
                    () -> ApiClient.as(port, "coordinator.two").post("/api/tasks/" + task + "/complete", complete()));

            assertOneWinsOneConflicts(answers);
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey("confirm-routing").count()).as("one completion, one next step").isEqualTo(1);
        }
    }

    @Test
    void aWithdrawalAndACompletionAtOnceEndWithdrawnWithoutError() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String reference = submitted();
            String task = screeningTask(reference);

            List<ResponseEntity<JsonNode>> answers = together(
                    () -> ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/complete", complete()),
                    () -> ApiClient.as(port, "gov.paraguay").post("/api/requests/" + reference + "/withdraw"));

            assertThat(answers.get(1).getStatusCode()).as("the withdrawal").isEqualTo(HttpStatus.OK);
            assertThat(answers.get(0).getStatusCode()).as("the completion, %s", answers.get(0).getBody())
                    .isIn(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
            if (answers.get(0).getStatusCode() == HttpStatus.CONFLICT) {
                assertConflictSays(answers.get(0));
            }
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
            assertThat(ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference).getBody().get("status").asText())
                    .isEqualTo("WITHDRAWN");
        }
    }

    @Test
    void aTaskCompletedBySomeoneElseBeforeIsAConflictNotAMissingTask() {
        String task = screeningTask(submitted());
        ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/complete", complete());

        ResponseEntity<JsonNode> late = ApiClient.as(port, "coordinator.two").post("/api/tasks/" + task + "/complete", complete());

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("completed by someone else");
        assertThat(ApiClient.as(port, "ohchr.officer").post("/api/tasks/" + task + "/complete", complete()).getStatusCode())
                .as("never the user's task: still unknown").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onThePagesTheSecondUserIsToldWhatHappenedInsteadOfAnErrorPage() {
        String task = screeningTask(submitted());
        PageSession second = PageSession.signedIn(port, "coordinator.two");
        second.get("/work/tasks/" + task);
        ApiClient.as(port, "coordinator").post("/api/tasks/" + task + "/complete", complete());

        HttpResponse<String> late = second.post("/work/tasks/" + task + "/complete", Map.of("screeningOutcome", "COMPLETE"));

        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/work");
        assertThat(second.get("/work").body()).contains("This task was completed by someone else");
    }

    private static Map<String, Object> complete() {
        return Map.of("screeningOutcome", "COMPLETE");
    }

    private void assertOneWinsOneConflicts(List<ResponseEntity<JsonNode>> answers) {
        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .as("answers %s", answers.stream().map(ResponseEntity::getBody).toList())
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).forEach(this::assertConflictSays);
    }

    private void assertConflictSays(ResponseEntity<JsonNode> conflict) {
        assertThat(conflict.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(conflict.getBody().get("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    @SafeVarargs
    private List<ResponseEntity<JsonNode>> together(Callable<ResponseEntity<JsonNode>>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<ResponseEntity<JsonNode>>> futures = java.util.Arrays.stream(calls)
                .map(call -> threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.call();
                })).toList();
        List<ResponseEntity<JsonNode>> answers = new java.util.ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private String submitted() {
        return ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().asJson()).getBody().get("reference").asText();
    }

    private String screeningTask(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("screen-request")
                .singleResult().getId();
    }
}
