package org.advisorydesk.identity;

import org.advisorydesk.DeskTest;
import org.advisorydesk.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.advisorydesk.ApiClient;
import org.advisorydesk.PageSession;
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
        PageSession admin = signIn("admin");

        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void aForgedCallToTheWebappsIsRefusedWithoutSigningTheAdministratorOut() throws Exception {
        PageSession admin = signIn("admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        // a modifying call without the webapps' token, or with a wrong one, as another site could send it
        HttpResponse<String> noToken = admin.postJson("/camunda/api/engine/engine/default/process-instance/count", "{}", Map.of());
        HttpResponse<String> wrongToken = admin.postJson("/camunda/api/engine/engine/default/process-instance/count", "{}",
                Map.of("X-XSRF-TOKEN", "forged"));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        // still signed in, in the webapps and on the desk's pages
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");
        assertThat(admin.get("/work").statusCode()).isEqualTo(200);
    }

    @Test
    void governmentUserCannotReachTheCamundaWebapps() throws Exception {
        PageSession paraguay = signIn("gov.paraguay");

        assertThat(paraguay.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(paraguay.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
        HttpResponse<String> start = paraguay.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
    }

    @Test
    void pagesSendStrangersToTheSignInPage() throws Exception {
        HttpResponse<String> response = PageSession.anonymous(port).get("/camunda/app/cockpit/default/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void wrongPasswordDoesNotSignIn() throws Exception {
        // a throw-away user: Camunda delays the next sign-in of a user after a wrong password
        TestUsers.ensure(identityService, "forgetful");
        PageSession browser = PageSession.anonymous(port);
        HttpResponse<String> response = browser.postLogin("forgetful", "guess");

        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    private PageSession signIn(String user) {
        return PageSession.signedIn(port, user);
    }
}
