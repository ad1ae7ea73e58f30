package org.advisorydesk;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A request naming the ICRMW and ILO C143 with a legislative review and a review of draft
 * legislation goes through clarification, a routing override, contributions from three agencies, two
 * drafting rounds, one rejected and one approved deliverable, and acceptance, driven entirely through
 * the HTTP API as the demo users; the history shows every step.
 */
@DeskTest
class WholeLifecycleTest {

    @LocalServerPort int port;

    String reference;

    @Test
    void requestGoesThroughEveryStageOfItsLifecycle() {
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest()
                .instruments("ICRMW", "ILO_C143").assistanceTypes("LEGISLATIVE_REVIEW", "DRAFT_LEGISLATION_REVIEW")
                .asJson()).getBody().get("reference").asText();

        // clarification
        work("coordinator", "screen-request", null, Map.of("screeningOutcome", "NEEDS_CLARIFICATION",
                "clarificationQuestion", "Please attach the current migration law."));
        assertThat(status()).isEqualTo("AWAITING_CLARIFICATION");
        upload("gov.paraguay", "ley-978-1996.txt", "EXISTING_LAW", "Ley 978/96 de Migraciones");
        work("gov.paraguay", "provide-clarification", null, Map.of("clarificationAnswer", "Attached Law 978/96."));
        work("coordinator", "screen-request", null, Map.of("screeningOutcome", "COMPLETE"));

        // routing override: ILO leads the drafting review, OHCHR and IOM contribute
        work("coordinator", "confirm-routing", null, Map.of("routingDecision", "OVERRIDE",
                "overrideAssistanceType", "DRAFT_LEGISLATION_REVIEW", "overrideLead", "ILO",
                "overrideContributors", List.of("OHCHR", "IOM"), "overrideReason", "ILO drafted the labour chapter"));
        work("coordinator", "confirm-routing", null, Map.of("routingDecision", "CONFIRM"));
        assertThat(status()).isEqualTo("IN_PROGRESS");

        // legislative review: OHCHR leads, ILO and IOM add findings; a rejected, then an approved deliverable
        assertThat(ApiClient.as(port, "ohchr.officer").put("/api/requests/" + reference + "/findings/1",
                Map.of("assessment", "PARTLY_COMPATIBLE", "nationalProvision", "Art. 2, Law 978/96", "comment", "Scope narrower"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        work("ohchr.officer", "prepare-gap-analysis", "LEGISLATIVE_REVIEW", Map.of("gapAnalysisSummary", "Parts I-III"));
        work("ilo.officer", "add-findings", "LEGISLATIVE_REVIEW", Map.of("contributionSummary", "Art. 25"));
        work("iom.officer", "add-findings", "LEGISLATIVE_REVIEW", Map.of("contributionSummary", "Art. 65"));
        work("ohchr.officer", "consolidate-review", "LEGISLATIVE_REVIEW", Map.of("reviewReport", "Eleven gaps"));
        work("manager", "approve-deliverable", "LEGISLATIVE_REVIEW",
                Map.of("approvalDecision", "REJECT", "approvalComment", "Cover Part VI as well"));
        work("ohchr.officer", "consolidate-review", "LEGISLATIVE_REVIEW", Map.of("reviewReport", "Twelve gaps, Part VI included"));
        work("manager", "approve-deliverable", "LEGISLATIVE_REVIEW", Map.of("approvalDecision", "APPROVE"));

        // draft legislation: two rounds
        for (int round = 1; round <= 2; round++) {
            work("ilo.officer", "comment-on-draft", "DRAFT_LEGISLATION_REVIEW", Map.of("draftComments", "Round " + round));
            work("ohchr.officer", "add-comments", "DRAFT_LEGISLATION_REVIEW", Map.of("contributionSummary", "OHCHR " + round));
            work("iom.officer", "add-comments", "DRAFT_LEGISLATION_REVIEW", Map.of("contributionSummary", "IOM " + round));
            work("ilo.officer", "consolidate-comments", "DRAFT_LEGISLATION_REVIEW", Map.of("consolidatedComments", "All " + round));
            work("manager", "approve-deliverable", "DRAFT_LEGISLATION_REVIEW", Map.of("approvalDecision", "APPROVE"));
            assertThat(status()).isEqualTo("AWAITING_GOVERNMENT");
            if (round == 1) {
                upload("gov.paraguay", "proyecto-de-ley.txt", "DRAFT_LEGISLATION", "Proyecto de ley, segunda versión");
                work("gov.paraguay", "respond-to-comments", "DRAFT_LEGISLATION_REVIEW", Map.of("responseDecision", "REVISE"));
            } else {
                work("gov.paraguay", "respond-to-comments", "DRAFT_LEGISLATION_REVIEW", Map.of("responseDecision", "ACCEPT"));
            }
        }

        assertThat(status()).isEqualTo("DELIVERED");
        work("gov.paraguay", "review-deliverables", null, Map.of("reviewOutcome", "ACCEPT"));
        assertThat(status()).isEqualTo("CLOSED");

        JsonNode history = ApiClient.as(port, "coordinator").get("/api/requests/" + reference + "/history").getBody();
        List<String> kinds = history.findValuesAsText("kind");
        assertThat(history.findValuesAsText("to")).containsSubsequence("SUBMITTED", "IN_SCREENING", "AWAITING_CLARIFICATION",
                "IN_SCREENING", "IN_PROGRESS", "AWAITING_GOVERNMENT", "DELIVERED", "CLOSED");
        assertThat(kinds).contains("ROUTING_DECIDED", "ROUTING_OVERRIDDEN", "DOCUMENT_ADDED", "QUESTION_ASKED",
                "DELIVERABLE_RELEASED");
        assertThat(history.findValuesAsText("reason")).contains("ILO drafted the labour chapter");
        assertThat(history.findValuesAsText("approvalComment")).containsExactly("Cover Part VI as well");
        // every completed task is a step: 6 of the request's own, 7 of the review, 2 rounds of 6 on the draft
        assertThat(kinds.stream().filter("STEP_COMPLETED"::equals).count()).isEqualTo(6 + 7 + 2 * 6);
        // as instants: an instant on a whole second is written without a fraction, so the texts do not sort
        assertThat(history.findValuesAsText("at").stream().map(java.time.Instant::parse).toList()).isSorted();
        // the government's account: no manager decision, no override reason, no internal summary
        String governmentHistory = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history")
                .getBody().toString();
        assertThat(governmentHistory).doesNotContain("Cover Part VI as well", "ILO drafted the labour chapter",
                "Parts I-III", "Art. 65", "ohchr.officer", "manager").contains("Twelve gaps, Part VI included");
    }

    private String status() {
        return ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference).getBody().get("status").asText();
    }

    /** Completes the user's one open task of that kind on this request (in one branch, if named). */
    private void work(String user, String taskKey, String assistanceType, Map<String, Object> values) {
        ApiClient.as(port, user).completeTask(reference, taskKey, assistanceType, values);
    }

    private void upload(String user, String name, String kind, String text) {
        assertThat(ApiClient.as(port, user).uploadText(reference, name, kind, text)).isEqualTo(HttpStatus.CREATED);
    }
}
