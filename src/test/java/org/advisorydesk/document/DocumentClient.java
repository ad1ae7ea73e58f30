package org.advisorydesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Calls {@code /api/requests/{reference}/documents} as one demo user, without throwing on error
 * statuses. Every file part claims to be a PDF whatever it holds: the server must not believe it.
 */
final class DocumentClient {

    private final int port;
    private final String user;
    private final RestClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    private DocumentClient(int port, String user) {
        this.port = port;
        this.user = user;
        // buffered, so that uploads carry a Content-Length, as browsers and curl send them
        this.client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory()))
                .defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    static DocumentClient as(int port, String user) {
        return new DocumentClient(port, user);
    }

    /** Uploads a file; a null kind sends no kind part. */
    ResponseEntity<JsonNode> upload(String reference, String name, byte[] content, String kind) {
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        HttpHeaders file = new HttpHeaders();
        file.setContentType(MediaType.APPLICATION_PDF);
        file.setContentDisposition(ContentDisposition.formData().name("file").filename(name, StandardCharsets.UTF_8)
                .build());
        body.add("file", new HttpEntity<>(content, file));
        if (kind != null) {
            body.add("kind", new HttpEntity<>(kind));
        }
        return post(reference, body);
    }

    /** A multipart upload with a kind but no file part. */
    ResponseEntity<JsonNode> uploadWithoutFile(String reference) {
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        body.add("kind", new HttpEntity<>(DocumentKind.OTHER.name()));
        return post(reference, body);
    }

    /** Uploads and returns the new document's id, failing unless the upload was accepted. */
    long uploaded(String reference, String name, byte[] content) {
        ResponseEntity<JsonNode> response = upload(reference, name, content, null);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Upload refused: " + response.getBody());
        }
        return response.getBody().get("id").asLong();
    }

    ResponseEntity<JsonNode> list(String reference) {
        return json(client.get().uri("/api/requests/{reference}/documents", reference)
                .retrieve().toEntity(String.class));
    }

    ResponseEntity<byte[]> download(String reference, long id) {
        return client.get().uri("/api/requests/{reference}/documents/{id}", reference, id)
                .retrieve().toEntity(byte[].class);
    }

    /**
     * The server answers an oversized upload early and drops the connection; a client that reads the
     * answer only later (as RestClient does) may lose it to the reset, so this one reads it at once.
     */
    HttpResponse<String> uploadReadingTheAnswerAtOnce(String reference, String name, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "document-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/requests/" + reference + "/documents"))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + HttpHeaders.encodeBasicAuth(user, "demo", null))
                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private ResponseEntity<JsonNode> post(String reference, MultiValueMap<String, HttpEntity<?>> body) {
        return json(client.post().uri("/api/requests/{reference}/documents", reference)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class));
    }

    private ResponseEntity<JsonNode> json(ResponseEntity<String> response) {
        try {
            JsonNode body = response.getBody() == null ? mapper.nullNode() : mapper.readTree(response.getBody());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + response.getBody(), e);
        }
    }
}
