package org.advisorydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages of the running application as a browser without JavaScript sees them: signed in through
 * the sign-in form, the session cookie kept, each form post carrying the CSRF token of the last page
 * read, redirects not followed (so tests see them).
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Not signed in: only the sign-in page and what it allows. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** Signs the demo user in (password "demo"). */
    public static PageSession signedIn(int port, String user) {
        PageSession session = new PageSession(port);
        HttpResponse<String> response = session.post("/login", Map.of("username", user, "password", "demo"));
        assertThat(response.headers().firstValue("Location").orElseThrow()).as("signed in " + user)
                .doesNotContain("error");
        // signing in starts a new session with a new token
        session.csrf = null;
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Sends the sign-in form as it is, whatever the answer. */
    public HttpResponse<String> postLogin(String user, String password) {
        HttpResponse<String> response = post("/login", Map.of("username", user, "password", password));
        csrf = null;
        return response;
    }

    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A plain form post, as without JavaScript. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(formPost(path, form).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON post with the headers given and nothing else (as a script of the Camunda webapps, or a forgery, sends it). */
    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as htmx sends it, with its {@code HX-Request} header. */
    public HttpResponse<String> htmxPost(String path, Map<String, String> form) {
        return send(formPost(path, form).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
