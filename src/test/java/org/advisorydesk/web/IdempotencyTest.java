package org.advisorydesk.web;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code Idempotency-Key} on the creating {@code POST}s, and the pages' one-time form token: a retry
 * gets the first answer and creates nothing; the key reused for another request is {@code 422}.
 * Each test uses a title of its own to count what it made.
 */
@DeskTest
class IdempotencyTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theSameSubmissionSentTwiceWithOneKeyMakesOneRequestAndAnswersTheSameTwice() {
        String title = "Retried submission " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");

        ResponseEntity<JsonNode> first = paraguay.post("/api/requests", aRequest().with("title", title).asJson(), key);
        ResponseEntity<JsonNode> again = paraguay.post("/api/requests", aRequest().with("title", title).asJson(), key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody().get("reference").asText()).isEqualTo(first.getBody().get("reference").asText());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(requestsTitled(title)).isEqualTo(1);
    }

    @Test
    void theKeyReusedForAnotherBodyIsRefusedAndCreatesNothing() {
        String title = "Key reused " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");
        paraguay.post("/api/requests", aRequest().with("title", title).asJson(), key);

        ResponseEntity<JsonNode> other = paraguay.post("/api/requests", aRequest().with("title", title + " (2)").asJson(), key);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(other.getBody().get("detail").asText()).contains("another request");
        assertThat(requestsTitled(title + " (2)")).isZero();
    }

    @Test
    void keysBelongToTheirUser() {
        String title = "Two users one key " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> paraguay = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().with("title", title).asJson(), key);
        ResponseEntity<JsonNode> coordinator = ApiClient.as(port, "coordinator").post("/api/requests", aRequest().with("title", title).asJson(), key);

        assertThat(paraguay.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(requestsTitled(title)).isEqualTo(2);
    }

    @Test
    void aRefusedCallKeepsNothingSoTheCorrectedOneGoesThroughWithTheSameKey() {
        String title = "Corrected " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");

        ResponseEntity<JsonNode> invalid = paraguay.post("/api/requests", aRequest().with("title", title).without("contactEmail").asJson(), key);
        ResponseEntity<JsonNode> corrected = paraguay.post("/api/requests", aRequest().with("title", title).asJson(), key);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(requestsTitled(title)).isEqualTo(1);
    }

    @Test
    void theSameSubmissionSentByTwoThreadsAtOnceMakesOneRequest() throws Exception {
        String title = "Sent twice at once " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Callable<ResponseEntity<JsonNode>> send = () -> ApiClient.as(port, "gov.paraguay")
                .post("/api/requests", aRequest().with("title", title).asJson(), key);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = threads.invokeAll(List.of(send, send));
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                assertThat(answer.get().getStatusCode()).as("%s", answer.get().getBody())
                        .isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(requestsTitled(title)).isEqualTo(1);
    }

    @Test
    void aCommentRetriedWithItsKeyIsRecordedOnce() {
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");
        String reference = paraguay.post("/api/requests", aRequest().asJson()).getBody().get("reference").asText();
        String key = UUID.randomUUID().toString();
        String text = "Only once " + key;

        assertThat(paraguay.post("/api/requests/" + reference + "/comments", Map.of("text", text), key).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(paraguay.post("/api/requests/" + reference + "/comments", Map.of("text", text), key).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(paraguay.get("/api/requests/" + reference + "/history").getBody().findValuesAsText("text"))
                .containsOnlyOnce(text);
    }

    @Test
    void aDocumentUploadRetriedWithItsKeyIsStoredOnce() {
        ApiClient paraguay = ApiClient.as(port, "gov.paraguay");
        String reference = paraguay.post("/api/requests", aRequest().asJson()).getBody().get("reference").asText();
        String key = UUID.randomUUID().toString();
        String law = "Ley N° 978/96 de Migraciones, artículo 1.\nObservaciones del Comité.\n";

        assertThat(paraguay.uploadText(reference, "law.txt", "EXISTING_LAW", law, key)).isEqualTo(HttpStatus.CREATED);
        assertThat(paraguay.uploadText(reference, "law.txt", "EXISTING_LAW", law, key)).isEqualTo(HttpStatus.CREATED);
        assertThat(paraguay.uploadText(reference, "law.txt", "EXISTING_LAW", law + "Artículo 2.\n", key))
                .as("another file with the key").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(paraguay.get("/api/requests/" + reference + "/documents").getBody()).hasSize(1);
    }

    @Test
    void thePortalFormSentTwiceWithItsTokenMakesOneRequest() {
        String title = "Double click " + UUID.randomUUID();
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");
        HttpResponse<String> form = paraguay.get("/portal/requests/new");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("the form carries a token").isTrue();
        Map<String, String> fields = Map.of("formToken", token.group(1), "requestingState", "PRY", "instruments", "ICRMW",
                "assistanceTypes", "LEGISLATIVE_REVIEW", "title", title, "description", "Please compare our law",
                "contactEmail", "focal.point@example.org");

        HttpResponse<String> first = paraguay.post("/portal/requests/new", fields);
        HttpResponse<String> second = paraguay.post("/portal/requests/new", fields);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(requestsTitled(title)).isEqualTo(1);
    }

    private long requestsTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_request WHERE title = ?").param(title).query(Long.class).single();
    }
}
