package org.advisorydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the running application's HTTP API as one demo user, without throwing on error statuses. */
public final class ApiClient {

    private final RestClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    private ApiClient(RestClient client) {
        this.client = client;
    }

    public static ApiClient as(int port, String user) {
        return withPassword(port, user, "demo");
    }

    public static ApiClient withPassword(int port, String user, String password) {
        return new ApiClient(RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build());
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build());
    }

    public ResponseEntity<JsonNode> get(String path) {
        return json(client.get().uri(path).retrieve().toEntity(String.class));
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return json(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class));
    }

    /** A JSON post with an {@code Idempotency-Key} header. */
    public ResponseEntity<JsonNode> post(String path, Object body, String idempotencyKey) {
        return json(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", idempotencyKey)
                .body(body).retrieve().toEntity(String.class));
    }

    public ResponseEntity<JsonNode> put(String path, Object body) {
        return json(client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class));
    }

    /** Posts raw text as JSON, for malformed bodies. */
    public ResponseEntity<JsonNode> postRaw(String path, String body) {
        return json(client.post().uri(path).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body).retrieve().toEntity(String.class));
    }

    public ResponseEntity<JsonNode> post(String path) {
        return json(client.post().uri(path).retrieve().toEntity(String.class));
    }

    /**
     * Completes the caller's one open task of that kind on the request (in the branch of that assistance
     * type, when named), asserting there is exactly one and that it completes.
     */
    public void completeTask(String reference, String taskKey, String assistanceType, Map<String, Object> values) {
        List<String> ids = new ArrayList<>();
        for (JsonNode task : get("/api/tasks").getBody()) {
            if (task.get("requestReference").asText().equals(reference)
                    && task.get("taskDefinitionKey").asText().equals(taskKey)
                    && (assistanceType == null || assistanceType.equals(task.path("assistanceType").asText()))) {
                ids.add(task.get("id").asText());
            }
        }
        assertThat(ids).as("open %s tasks on %s", taskKey, reference).hasSize(1);
        assertThat(post("/api/tasks/" + ids.get(0) + "/complete", values).getStatusCode())
                .as("completing %s", taskKey).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Uploads a text file to the request's documents; answers the status. */
    public HttpStatusCode uploadText(String reference, String name, String kind, String text) {
        return uploadText(reference, name, kind, text, null);
    }

    /** Uploads a text file with an {@code Idempotency-Key} (none when null); answers the status. */
    public HttpStatusCode uploadText(String reference, String name, String kind, String text, String idempotencyKey) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        parts.add("kind", kind);
        return client.post().uri("/api/requests/" + reference + "/documents").contentType(MediaType.MULTIPART_FORM_DATA)
                .headers(h -> {
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .body(parts).retrieve().toBodilessEntity().getStatusCode();
    }

    private ResponseEntity<JsonNode> json(ResponseEntity<String> response) {
        try {
            JsonNode body = response.getBody() == null ? mapper.nullNode() : mapper.readTree(response.getBody());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + response.getBody(), e);
        }
    }
}
