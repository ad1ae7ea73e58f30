package org.advisorydesk.review;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.PageSession;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Findings of a legislative review, article by article or Part by Part, through HTTP. */
@DeskTest
class FindingApiTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;

    String reference;
    AssistanceRequest request;

    @BeforeEach
    void aRoutedLegislativeReview() {
        request = scenario.submit(aRequest().assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        reference = request.reference();
    }

    @Test
    void leadAndContributorsRecordFindingsAndProgressIsCounted() {
        assertThat(put("ohchr.officer", "22", "NOT_COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put("ilo.officer", "25", "PARTLY_COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.OK);
        // Part IX (arts. 85-93) as a whole, and one article not assessed
        assertThat(put("iom.officer", "part-IX", "COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.OK);
        put("ohchr.officer", "30", "NOT_ASSESSED");

        JsonNode review = ApiClient.as(port, "coordinator").get("/api/requests/" + reference + "/findings").getBody();

        assertThat(review.get("totalArticles").asInt()).isEqualTo(93);
        assertThat(review.get("assessedArticles").asInt()).isEqualTo(2 + 9); // articles 22, 25 and Part IX, arts. 85-93
        assertThat(review.get("parts")).hasSize(9);
        JsonNode partThree = review.get("parts").get(2);
        assertThat(partThree.get("part").asText()).isEqualTo("III");
        JsonNode article22 = partThree.get("articles").findParents("article").stream()
                .filter(a -> a.get("article").asInt() == 22).findFirst().orElseThrow();
        assertThat(article22.get("findings").get(0).get("agency").asText()).isEqualTo("OHCHR");
        assertThat(article22.get("findings").get(0).get("assessment").asText()).isEqualTo("NOT_COMPATIBLE");
        assertThat(article22.get("findings").get(0).get("nationalProvision").asText()).isEqualTo("Law 978/96, art. 12");
    }

    @Test
    void aFindingRecordedAgainReplacesTheAgencysEarlierOne() {
        put("ohchr.officer", "22", "NOT_COMPATIBLE");
        put("ohchr.officer", "22", "COMPATIBLE");

        JsonNode review = ApiClient.as(port, "ohchr.officer").get("/api/requests/" + reference + "/findings").getBody();
        JsonNode article22 = review.findParents("article").stream().filter(a -> a.get("article").asInt() == 22).findFirst().orElseThrow();
        assertThat(article22.get("findings")).hasSize(1);
        assertThat(article22.get("findings").get(0).get("assessment").asText()).isEqualTo("COMPATIBLE");
    }

    @Test
    void onlyTheAgenciesTheReviewIsRoutedToRecordFindings() {
        assertThat(put("unesco.officer", "22", "COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("gov.paraguay", "22", "COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("manager", "22", "COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(port, "gov.turkey").get("/api/requests/" + reference + "/findings").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownProvisionsAndAssessmentsAreRefused() {
        ResponseEntity<JsonNode> article94 = put("ohchr.officer", "94", "COMPATIBLE");
        ResponseEntity<JsonNode> partTen = put("ohchr.officer", "part-X", "COMPATIBLE");
        ResponseEntity<JsonNode> badAssessment = put("ohchr.officer", "22", "FINE");

        assertThat(article94.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(article94.getBody().get("errors").findValuesAsText("field")).containsExactly("provision");
        assertThat(partTen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAssessment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAssessment.getBody().get("errors").findValuesAsText("field")).containsExactly("assessment");
    }

    @Test
    void onceTheManagersApproveTheReviewItsFindingsAreReleasedToTheGovernmentAndNoLongerChange() {
        put("ohchr.officer", "22", "NOT_COMPATIBLE");
        scenario.confirmRouting(request);
        AssistanceType review = AssistanceType.LEGISLATIVE_REVIEW;
        scenario.complete(RequestScenario.OHCHR, request, "prepare-gap-analysis", review, Map.of("gapAnalysisSummary", "Parts I-III"));
        scenario.complete(RequestScenario.ILO, request, "add-findings", review, Map.of("contributionSummary", "Art. 25"));
        scenario.complete(RequestScenario.IOM, request, "add-findings", review, Map.of("contributionSummary", "Art. 65"));
        scenario.complete(RequestScenario.OHCHR, request, "consolidate-review", review, Map.of("reviewReport", "Eleven gaps"));
        assertThat(ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/findings").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        scenario.complete(RequestScenario.MANAGER, request, "approve-deliverable", review, Map.of("approvalDecision", "APPROVE"));

        JsonNode released = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/findings").getBody();
        assertThat(released.findValuesAsText("assessment")).containsExactly("NOT_COMPATIBLE");
        assertThat(released.findValuesAsText("recordedBy")).containsExactly("OHCHR");
        assertThat(put("ohchr.officer", "22", "COMPATIBLE").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(PageSession.signedIn(port, "ohchr.officer").get("/work/requests/" + reference + "/findings").body())
                .contains("Law 978/96, art. 12").doesNotContain("name=\"assessment\"");
    }

    @Test
    void aRequestWithoutLegislativeReviewHasNoFindings() {
        AssistanceRequest other = scenario.submit(aRequest().assistanceTypes("CAPACITY_BUILDING"));

        assertThat(ApiClient.as(port, "coordinator").get("/api/requests/" + other.reference() + "/findings").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> put(String user, String provision, String assessment) {
        return ApiClient.as(port, user).put("/api/requests/" + reference + "/findings/" + provision,
                Map.of("assessment", assessment, "nationalProvision", "Law 978/96, art. 12", "comment", "See report"));
    }
}
