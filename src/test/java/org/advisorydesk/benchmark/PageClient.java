package org.advisorydesk.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the running application for pages over real HTTP as one user: signed in through the login
 * form (the session cookie kept, no redirect followed), or with HTTP Basic for the JSON API.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String authorization;
    private String cookie;

    private PageClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static PageClient signedIn(int port, String user, String password) {
        PageClient client = new PageClient(port);
        HttpResponse<String> form = client.send(client.request("/login").GET().build());
        client.keepSession(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in the login form");
        }
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = client.send(client.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not sign in: " + login.statusCode() + " " + location);
        }
        client.keepSession(login);
        return client;
    }

    static PageClient basic(int port, String user, String password) {
        PageClient client = new PageClient(port);
        client.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /** The status of the answer; its body is read in full. */
    int get(String path) {
        return send(request(path).GET().build()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private void keepSession(HttpResponse<?> response) {
        response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .findFirst().ifPresent(m -> cookie = m.group(1));
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
