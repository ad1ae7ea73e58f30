package org.advisorydesk.durability;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Nothing acknowledged is lost by a crash on the default storage (the H2 file under {@code ./data}):
 * the application runs in a JVM of its own, several clients submit at once, the JVM is killed with
 * {@code kill -9} while they do, and after a restart every request answered {@code 201} is there with
 * its process instance waiting at screening, and no reference is handed out again.
 */
class SubmissionCrashTest {

    private static final int CLIENTS = 8;
    private static final Duration LOAD = Duration.ofSeconds(3);
    private static final int AT_LEAST_ACKNOWLEDGED = 20;

    @TempDir Path workingDirectory;

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillAndNoReferenceIsReused() throws Exception {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (ChildDesk desk = ChildDesk.start(workingDirectory)) {
            submitUntilCrash(desk, acknowledged);
        }
        List<String> before = List.copyOf(acknowledged);
        System.out.printf("SubmissionCrashTest: %d submissions acknowledged before kill -9%n", before.size());
        assertThat(before).as("acknowledged before the crash").hasSizeGreaterThanOrEqualTo(AT_LEAST_ACKNOWLEDGED)
                .doesNotHaveDuplicates();

        try (ChildDesk restarted = ChildDesk.start(workingDirectory)) {
            ApiClient coordinator = restarted.as("coordinator");
            Set<String> screening = new HashSet<>();
            for (JsonNode task : coordinator.get("/api/tasks").getBody()) {
                if ("screen-request".equals(task.path("taskDefinitionKey").asText())) {
                    screening.add(task.path("requestReference").asText());
                }
            }
            for (String reference : before) {
                ResponseEntity<JsonNode> request = coordinator.get("/api/requests/" + reference);
                assertThat(request.getStatusCode()).as("acknowledged %s after the crash", reference).isEqualTo(HttpStatus.OK);
                assertThat(request.getBody().get("status").asText()).isEqualTo("IN_SCREENING");
            }
            assertThat(screening).as("a process instance waiting at screening for each").containsAll(before);

            for (int i = 0; i < 5; i++) {
                ResponseEntity<JsonNode> after = restarted.as("gov.paraguay").post("/api/requests", aRequest().asJson());
                assertThat(after.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                assertThat(after.getBody().get("reference").asText()).as("a reference after the crash").isNotIn(before);
            }
        }
    }

    /** Submits from several clients; kills the application while they go on, once enough were acknowledged. */
    private void submitUntilCrash(ChildDesk desk, Queue<String> acknowledged) throws Exception {
        AtomicBoolean crashed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                ApiClient paraguay = desk.as("gov.paraguay");
                while (!crashed.get()) {
                    try {
                        ResponseEntity<JsonNode> answer = paraguay.post("/api/requests", aRequest().asJson());
                        if (answer.getStatusCode() == HttpStatus.CREATED) {
                            acknowledged.add(answer.getBody().get("reference").asText());
                        }
                    } catch (RuntimeException connectionGone) {
                        return;
                    }
                }
            });
        }
        Instant until = Instant.now().plus(LOAD);
        while (Instant.now().isBefore(until) || acknowledged.size() < AT_LEAST_ACKNOWLEDGED) {
            Thread.sleep(50);
        }
        desk.crash();
        crashed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
}
