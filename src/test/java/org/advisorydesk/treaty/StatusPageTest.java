package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.NewRequestBuilder;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12: {@code /status} signed out shows the public standing and report dates, in English, French
 * and Spanish, and nothing about requests, tasks or people. Benin's accession is this test's own.
 */
@DeskTest
class StatusPageTest {

    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));

    @LocalServerPort int port;
    @Autowired TreatySeed seed;
    @Autowired TreatyRegister register;
    @Autowired RequestScenario scenario;

    @BeforeEach
    void seeded() throws Exception {
        seed.seedIfEmpty();
    }

    @Test
    void signedOutTheStatusShowsTheSameStandingAsTheRegisterAndNoRequestTaskOrPerson() {
        register.recordAction(COORDINATOR, "BEN", new TreatyInputs.ActionInput(Instrument.ICRMW, TreatyAction.ACCESSION,
                LocalDate.of(2018, 12, 6)));
        String reference = scenario.submit(NewRequestBuilder.aRequest()).reference();

        HttpResponse<String> status = PageSession.anonymous(port).get("/status");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        // 6 Dec 2018 + 3 months = 6 Mar 2019: in force 1 April 2019, initial report 1 April 2020
        assertThat(status.body()).contains("id=\"status-BEN\"").contains("6 December 2018").contains("1 April 2019")
                .contains("1 April 2020").contains("class=\"st-ACCEDED\" id=\"map-BEN\"")
                .contains("id=\"status-MEX\"").contains("not recorded");
        assertThat(status.body()).doesNotContain(reference).doesNotContain("TA-20").doesNotContain("/work/")
                .doesNotContain("coordinator").doesNotContain("gov.").doesNotContain("@example").doesNotContain("_csrf");
    }

    @Test
    void theStatusIsInFrenchAndSpanishAndPerInstrument() {
        PageSession reader = PageSession.anonymous(port);

        assertThat(reader.get("/status?lang=fr").body()).contains("Situation des traités").contains("date inconnue")
                .contains("lang=\"fr\"");
        assertThat(reader.get("/status?lang=es&instrument=ILO_C97").body()).contains("Situación de los tratados")
                .contains("Convenio").doesNotContain("id=\"status-MEX\"");
        assertThat(reader.get("/status?instrument=ILO_C999&lang=en").statusCode()).isEqualTo(400);
    }

    @Test
    void theStatusIsTheOnlyRegisterPageWithoutSignIn() {
        PageSession anonymous = PageSession.anonymous(port);

        assertThat(anonymous.get("/work/treaty").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/work/treaty/MEX").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/work/treaty/states.csv").statusCode()).isEqualTo(302);
    }
}
