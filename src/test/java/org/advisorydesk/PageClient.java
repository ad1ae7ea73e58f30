package org.advisorydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client of the product's pages that signs in through the form, as a browser does. */
public final class PageClient {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public PageClient(int port) {
        this.port = port;
    }

    /** A client signed in as the demo user (password {@code demo}). */
    public static PageClient signedIn(int port, String user) {
        PageClient pages = new PageClient(port);
        HttpResponse<String> response = pages.postLogin(user, "demo");
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return pages;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build());
    }

    public HttpResponse<String> postLogin(String user, String password) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
