package org.advisorydesk;

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

    private ResponseEntity<JsonNode> json(ResponseEntity<String> response) {
        try {
            JsonNode body = response.getBody() == null ? mapper.nullNode() : mapper.readTree(response.getBody());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + response.getBody(), e);
        }
    }
}
