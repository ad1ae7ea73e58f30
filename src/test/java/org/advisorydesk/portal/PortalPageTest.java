package org.advisorydesk.portal;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The government portal's pages over HTTP, as a browser without JavaScript uses them. */
@DeskTest
class PortalPageTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;

    @Test
    void governmentsTimelineLeavesOutTheStaffsStepsAndWhomTheyEmailedButStaffSeeThem() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);

        String government = PageSession.signedIn(port, "gov.paraguay").get("/portal/requests/" + request.reference()).body();
        String staff = PageSession.signedIn(port, "ilo.officer").get("/work/requests/" + request.reference()).body();

        assertThat(government).contains("Legislative review (gap analysis): ILO leads, with OHCHR")
                .doesNotContain("Screen request").doesNotContain("e-mail to").doesNotContain("NEW_WORK");
        assertThat(staff).contains("Screen request — Outcome: Complete: determine the routing",
                "New work for the group: e-mail to 1 recipient(s)");
    }

    @Test
    void homeShowsTheStatesRequestsAPageAtATime() {
        for (int i = 0; i < 26; i++) {
            scenario.submit(aRequest().with("title", "Paged " + i));
        }
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        String first = paraguay.get("/portal").body();
        String second = paraguay.get("/portal?page=1").body();

        assertThat(first).contains("Paged 25").doesNotContain("Paged 0<").contains("Page 1 of");
        assertThat(second).contains("Page 2 of");
    }
}
