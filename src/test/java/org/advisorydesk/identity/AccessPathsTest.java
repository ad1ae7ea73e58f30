package org.advisorydesk.identity;

import org.advisorydesk.DeskTest;
import org.advisorydesk.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advisorydesk.ApiClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Deny by default on every path: engine REST and the Camunda webapps are for administrators only, and
 * the webapps take the product's sign-in (single sign-on).
 */
@DeskTest
class AccessPathsTest {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    @Test
    void engineRestNeedsAnAdministrator() {
        assertThat(ApiClient.anonymous(port).get("/engine-rest/process-definition/count").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(ApiClient.as(port, "gov.paraguay").get("/engine-rest/process-definition/count").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(port, "manager").get("/engine-rest/task").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(port, "admin").get("/engine-rest/process-definition/count").getBody().get("count").asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void administratorReachesCockpitThroughTheProductsSignIn() throws Exception {
        Browser admin = signIn("admin");

        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void governmentUserCannotReachTheCamundaWebapps() throws Exception {
        Browser paraguay = signIn("gov.paraguay");

        assertThat(paraguay.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(paraguay.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
        HttpResponse<String> start = paraguay.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
    }

    @Test
    void pagesSendStrangersToTheSignInPage() throws Exception {
        HttpResponse<String> response = new Browser().get("/camunda/app/cockpit/default/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void wrongPasswordDoesNotSignIn() throws Exception {
        // a throw-away user: Camunda delays the next sign-in of a user after a wrong password
        TestUsers.ensure(identityService, "forgetful");
        Browser browser = new Browser();
        HttpResponse<String> response = browser.postLogin("forgetful", "guess");

        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    private Browser signIn(String user) throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.postLogin(user, "demo");
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    /** A cookie-keeping HTTP client that signs in through the form, as a browser does. */
    class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postLogin(String user, String password) throws Exception {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
            String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
