package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12 on the API: declarations, reservations, a corrected next due date and a verified report
 * history, with the same rules as the pages; bad input is 400 problem details naming the field. The
 * States are this test's own: Ecuador and Bolivia (seeded parties), Albania (nothing seeded).
 */
@DeskTest
class RegisterCorrectionsApiTest {

    @LocalServerPort int port;
    @Autowired TreatySeed seed;

    @BeforeEach
    void seeded() throws Exception {
        seed.seedIfEmpty();
    }

    @Test
    void aDeclarationUnderArticle77IsRecordedOnceAndShownWithItsDate() {
        ResponseEntity<JsonNode> declared = coordinator().post("/api/states/ECU/declarations", Map.of("article", 77, "date", "2018-02-05"));

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode icrmw = declared.getBody().get("instruments").get(0);
        assertThat(icrmw.get("declarationArt77").asBoolean()).isTrue();
        assertThat(icrmw.get("declarationArt77On").asText()).isEqualTo("2018-02-05");
        assertInvalid(coordinator().post("/api/states/ECU/declarations", Map.of("article", 77, "date", "2019-01-01")), "article");
        assertInvalid(coordinator().post("/api/states/ECU/declarations", Map.of("article", 75, "date", "2019-01-01")), "article");
        assertInvalid(coordinator().post("/api/states/ALB/declarations", Map.of("article", 76, "date", "2019-01-01")), "instrument");
    }

    @Test
    void aReservationIsKeptWithItsDate() {
        ResponseEntity<JsonNode> reserved = coordinator().post("/api/states/ECU/reservations",
                Map.of("date", "2002-02-05", "text", "Art. 22(6) applies subject to national law"));

        assertThat(reserved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(reserved.getBody().get("instruments").get(0).get("reservations").asText())
                .contains("2002-02-05: Art. 22(6) applies subject to national law");
        assertInvalid(coordinator().post("/api/states/ALB/reservations", Map.of("date", "2002-02-05", "text", "x")), "text");
        assertInvalid(coordinator().post("/api/states/ECU/reservations", Map.of("date", "2002-02-05", "text", " ")), "text");
    }

    @Test
    void aVerifiedReportHistoryLeadsToTheNextReportAndTheCorrectionNeedsAReason() {
        assertThat(coordinator().post("/api/states/BOL/reports", Map.of("instrument", "ICRMW", "submittedOn", "2007-08-01"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode bolivia = coordinator().get("/api/states/BOL").getBody().get("instruments").get(0);
        assertThat(bolivia.get("reportHistoryRecorded").asBoolean()).as("recording a report records the history").isTrue();
        assertInvalid(coordinator().post("/api/states/BOL/report-history", Map.of("instrument", "ICRMW")), "instrument");

        assertInvalid(coordinator().post("/api/states/BOL/next-due", Map.of("instrument", "ICRMW", "due", "2010-01-01")), "reason");
        assertInvalid(coordinator().post("/api/states/BOL/next-due",
                Map.of("instrument", "ICRMW", "due", "2004-01-01", "reason", "earlier than the previous one")), "due");
        ResponseEntity<JsonNode> corrected = coordinator().post("/api/states/BOL/next-due",
                Map.of("instrument", "ICRMW", "due", "2011-05-01", "reason", "Committee's list of issues, 2010"));

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode reports = corrected.getBody().get("instruments").get(0).get("reports");
        assertThat(reports.get(1).get("due").asText()).isEqualTo("2011-05-01");
        assertThat(ApiClient.as(port, "ilo.officer").post("/api/states/BOL/next-due",
                Map.of("instrument", "ICRMW", "due", "2012-05-01", "reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theGovernmentsPortalShowsItsTreatyDatesInItsLanguage() {
        String french = PageSession.signedIn(port, "gov.paraguay").get("/portal/treaty?lang=fr").body();

        assertThat(french).contains("date inconnue").doesNotContain(">unknown<");
    }

    private ApiClient coordinator() {
        return ApiClient.as(port, "coordinator");
    }

    private static void assertInvalid(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    }
}
