package org.advisorydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Camunda Forms on the portal's pages speak the user's language (bundle {@code forms}). */
@DeskTest
class PortalFormTextsTest {

    @LocalServerPort int port;

    @Test
    void newRequestPageShowsTheSubmitRequestFormInFrench() {
        HttpResponse<String> page = PageSession.signedIn(port, "gov.paraguay").get("/portal/requests/new?lang=fr");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Instruments concernés").doesNotContain("Instruments concerned")
                .contains("Demander une assistance technique").doesNotContain("Request technical assistance")
                .contains("Formation et coopération technique pour les fonctionnaires")
                .doesNotContain("Training and technical co-operation for officials");
    }
}
