package org.advisorydesk.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Asks the running application's JSON API over real HTTP as one user, with HTTP Basic. */
final class BasicClient {


    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String authorization;

    private BasicClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static BasicClient basic(int port, String user, String password) {
        BasicClient client = new BasicClient(port);
        client.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /** An answer's status and body. */
    record Answer(int status, String body) {
    }

    /** The status of the answer; its body is read in full. */
    int get(String path) {
        return answer(path).status();
    }

    Answer answer(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        return new Answer(response.statusCode(), response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.uri() + " interrupted", e);
        }
    }

}
