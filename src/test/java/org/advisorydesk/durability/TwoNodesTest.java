package org.advisorydesk.durability;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * Two nodes on one PostgreSQL, as production runs: started together on an empty database both start
 * (one engine schema, one deployment, the demo users and the treaty seed once); the reminder timers of
 * requests waiting for clarification fire exactly once across them; when one node is killed while
 * timers are due, the other runs its share (after the dead node's job locks expire), and the outbox
 * holds one reminder per request and recipient, never two.
 */
@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+")
class TwoNodesTest {

    private static final int REQUESTS = 8;
    private static final Duration REMINDER = Duration.ofSeconds(20);
    private static final Duration SPACING = Duration.ofMillis(1500);

    @TempDir Path nodeA;
    @TempDir Path nodeB;

    @Test
    void timersFireOnceAcrossTwoNodesAndTheSurvivorRunsTheShareOfTheKilledOne() throws Exception {
        String url = TestPostgres.emptyDatabase("two_nodes");
        CompletableFuture<ChildDesk> startingA = CompletableFuture.supplyAsync(() -> start(nodeA, url, "node-a"));
        CompletableFuture<ChildDesk> startingB = CompletableFuture.supplyAsync(() -> start(nodeB, url, "node-b"));
        ChildDesk a = startingA.join();
        ChildDesk b = startingB.join();
        try {
            assertStartedOnce(url);
            List<String> references = waitingForClarification(a);

            awaitReminders(url, references, 2, Duration.ofSeconds(90));
            a.crash();
            awaitReminders(url, references, references.size(), Duration.ofSeconds(150));
            Thread.sleep(3000); // a second execution of a timer would show now

            Map<String, Integer> perRecipient = reminderRowsPerRecipient(url, references);
            assertThat(perRecipient.values()).as("reminders per request and recipient").allMatch(n -> n == 1);
            assertThat(perRecipient.keySet().stream().map(k -> k.split(" ")[0]).distinct()).hasSize(references.size());
            assertThat(timerRunsOn(url, "node-b")).as("timers the surviving node ran").isPositive();
        } finally {
            a.crash();
            b.close();
        }
        try (Stream<Path> logs = Files.list(nodeB)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log)).as("node B's graceful stop")
                        .doesNotContain("CannotCreateTransactionException").doesNotContain("Exception in thread");
            }
        }
    }

    private static ChildDesk start(Path directory, String url, String host) {
        List<String> arguments = new ArrayList<>(List.of(TestPostgres.on(url)));
        arguments.addAll(List.of(
                "--advisorydesk.deadlines.clarification-reminder=" + REMINDER,
                "--advisorydesk.deadlines.clarification-lapse=PT2H",
                // the killed node's locks expire sooner than in production (1 minute), to keep the test short
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--camunda.bpm.generic-properties.properties.hostname=" + host));
        try {
            return ChildDesk.start(directory, arguments.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(host + " did not start", e);
        }
    }

    private static void assertStartedOnce(String url) throws SQLException {
        assertThat(count(url, "SELECT COUNT(*) FROM act_re_deployment")).as("deployments").isEqualTo(1);
        assertThat(count(url, "SELECT COUNT(*) FROM act_id_user WHERE id_ = 'gov.paraguay'")).isEqualTo(1);
        assertThat(count(url, "SELECT COUNT(DISTINCT business_key_) FROM act_hi_procinst WHERE proc_def_key_ = 'treaty-monitoring'"))
                .as("seeded monitoring cases, each once")
                .isEqualTo(count(url, "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'treaty-monitoring'"));
    }

    /** Requests screened as needing clarification a little apart, so their reminders fall due one after another. */
    private static List<String> waitingForClarification(ChildDesk node) throws InterruptedException {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String reference = node.as("gov.paraguay").post("/api/requests", aRequest().asJson()).getBody()
                    .get("reference").asText();
            ApiClient coordinator = node.as("coordinator");
            String task = null;
            for (JsonNode t : coordinator.get("/api/tasks").getBody()) {
                if (reference.equals(t.path("requestReference").asText())) {
                    task = t.get("id").asText();
                }
            }
            assertThat(coordinator.post("/api/tasks/" + task + "/complete", Map.of("screeningOutcome", "NEEDS_CLARIFICATION",
                    "clarificationQuestion", "Which draft is current?")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            references.add(reference);
            Thread.sleep(SPACING.toMillis());
        }
        return references;
    }

    private static void awaitReminders(String url, List<String> references, int atLeast, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (reminderRowsPerRecipient(url, references).keySet().stream().map(k -> k.split(" ")[0]).distinct().count() < atLeast) {
            assertThat(Instant.now()).as("%d requests reminded within %s", atLeast, within).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static Map<String, Integer> reminderRowsPerRecipient(String url, List<String> references) throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection connection = TestPostgres.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT reference, recipient, COUNT(*) FROM notification_outbox "
                        + "WHERE kind = 'CLARIFICATION_REMINDER' GROUP BY reference, recipient")) {
            while (rs.next()) {
                if (references.contains(rs.getString(1))) {
                    rows.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return rows;
    }

    private static long timerRunsOn(String url, String host) throws SQLException {
        return count(url, "SELECT COUNT(*) FROM act_hi_job_log WHERE hostname_ = '" + host + "' AND job_def_type_ LIKE 'timer%' "
                + "AND act_id_ = 'clarification-reminder-due'");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = TestPostgres.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
