package org.advisorydesk.record;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request is clarified, rerouted with a reason, reviewed with findings, rejected by a manager with a
 * comment, consolidated again and approved. At each stage the government, on every path (request,
 * history, findings, documents, its portal page, the e-mails sent to it), reads none of the agencies'
 * internal texts and none of their user ids, and does read what was addressed to it; staff read all.
 */
@DeskTest
class ConfidentialityTest {

    private static final String QUESTION = "Please attach Law 978/96 as in force.";
    private static final String OVERRIDE_REASON = "IOM has no capacity this quarter (internal)";
    private static final String DRAFT_FINDING = "Draft: art. 12 looks incompatible, to be discussed";
    private static final String INTERNAL_SUMMARY = "Internal summary: gaps in Part III";
    private static final String CONTRIBUTION = "ILO contribution: art. 25 equal treatment";
    private static final String FIRST_CONCLUSIONS = "Conclusions, first version";
    private static final String MANAGER_COMMENT = "Manager: soften the tone on art. 12";
    private static final String RELEASED_CONCLUSIONS = "Twelve gaps; Part VI included";
    private static final List<String> STAFF_IDS = List.of("coordinator", "ohchr.officer", "ilo.officer", "manager");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    String reference;

    @Test
    void governmentReadsOnlyWhatIsMeantForItAtEveryStageAndStaffReadEverything() {
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().asJson()).getBody()
                .get("reference").asText();

        work("coordinator", "screen-request", Map.of("screeningOutcome", "NEEDS_CLARIFICATION",
                "clarificationQuestion", QUESTION));
        assertThat(governmentReads()).contains(QUESTION);
        assertThat(mailsToGovernment()).contains(QUESTION);
        work("gov.paraguay", "provide-clarification", Map.of("clarificationAnswer", "Attached."));
        work("coordinator", "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        work("coordinator", "confirm-routing", Map.of("routingDecision", "OVERRIDE",
                "overrideAssistanceType", "LEGISLATIVE_REVIEW", "overrideLead", "OHCHR",
                "overrideContributors", List.of("ILO"), "overrideReason", OVERRIDE_REASON));
        work("coordinator", "confirm-routing", Map.of("routingDecision", "CONFIRM"));
        // the government reads the agencies now working on it, without the reason for the change
        List<JsonNode> routings = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/history")
                .getBody().findParents("kind").stream().filter(e -> e.get("kind").asText().equals("ROUTING_DECIDED")).toList();
        assertThat(routings.get(routings.size() - 1).at("/payload/routing/0/contributors").toString()).isEqualTo("[\"ILO\"]");
        assertThat(ApiClient.as(port, "ohchr.officer").put("/api/requests/" + reference + "/findings/22", Map.of(
                "assessment", "NOT_COMPATIBLE", "nationalProvision", "Law 978/96, art. 12", "comment", DRAFT_FINDING))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/findings").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        work("ohchr.officer", "prepare-gap-analysis", Map.of("gapAnalysisSummary", INTERNAL_SUMMARY));
        work("ilo.officer", "add-findings", Map.of("contributionSummary", CONTRIBUTION));
        upload("ohchr.officer", "gap-analysis.txt", "DELIVERABLE", "First draft of the gap analysis");
        work("ohchr.officer", "consolidate-review", Map.of("reviewReport", FIRST_CONCLUSIONS));
        work("manager", "approve-deliverable", Map.of("approvalDecision", "REJECT", "approvalComment", MANAGER_COMMENT));
        assertNothingInternal(governmentReads());
        assertNothingInternal(mailsToGovernment());
        assertThat(governmentReads()).doesNotContain("gap-analysis.txt", FIRST_CONCLUSIONS, DRAFT_FINDING);

        upload("ohchr.officer", "gap-analysis.txt", "DELIVERABLE", "Approved gap analysis");
        work("ohchr.officer", "consolidate-review", Map.of("reviewReport", RELEASED_CONCLUSIONS));
        work("manager", "approve-deliverable", Map.of("approvalDecision", "APPROVE"));

        String government = governmentReads();
        assertNothingInternal(government);
        assertNothingInternal(mailsToGovernment());
        // released: the approved conclusions, the approved version only, the findings as released, the agencies
        assertThat(government).contains(QUESTION, RELEASED_CONCLUSIONS, "gap-analysis.txt", DRAFT_FINDING, "OHCHR", "ILO")
                .doesNotContain(FIRST_CONCLUSIONS);
        JsonNode documents = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference + "/documents").getBody();
        assertThat(documents.findParents("name")).filteredOn(d -> d.get("name").asText().equals("gap-analysis.txt"))
                .singleElement().satisfies(d -> {
                    assertThat(d.get("version").asInt()).isEqualTo(2);
                    assertThat(d.get("uploadedBy").asText()).isEqualTo("OHCHR");
                });
        assertThat(ApiClient.as(port, "gov.paraguay").put("/api/requests/" + reference + "/findings/22",
                Map.of("assessment", "COMPATIBLE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // staff read everything
        String staff = ApiClient.as(port, "coordinator").get("/api/requests/" + reference + "/history").getBody().toString()
                + PageSession.signedIn(port, "manager").get("/work/requests/" + reference).body();
        assertThat(staff).contains(QUESTION, OVERRIDE_REASON, INTERNAL_SUMMARY, CONTRIBUTION, FIRST_CONCLUSIONS,
                MANAGER_COMMENT, RELEASED_CONCLUSIONS, "ohchr.officer", "manager");
    }

    private void assertNothingInternal(String read) {
        assertThat(read).doesNotContain(OVERRIDE_REASON, INTERNAL_SUMMARY, CONTRIBUTION, MANAGER_COMMENT,
                "ohchr.officer", "ilo.officer");
    }

    /** Everything the government can read of the request: the API's views and its portal page. */
    private String governmentReads() {
        ApiClient government = ApiClient.as(port, "gov.paraguay");
        JsonNode request = government.get("/api/requests/" + reference).getBody();
        JsonNode history = government.get("/api/requests/" + reference + "/history").getBody();
        assertThat(request.findValuesAsText("actor")).doesNotContainAnyElementsOf(STAFF_IDS);
        assertThat(request.findValuesAsText("completedBy")).doesNotContainAnyElementsOf(STAFF_IDS);
        assertThat(history.findValuesAsText("actor")).doesNotContainAnyElementsOf(STAFF_IDS);
        JsonNode documents = government.get("/api/requests/" + reference + "/documents").getBody();
        assertThat(documents.findValuesAsText("uploadedBy")).doesNotContainAnyElementsOf(STAFF_IDS);
        var findings = government.get("/api/requests/" + reference + "/findings");
        PageSession portal = PageSession.signedIn(port, "gov.paraguay");
        String page = portal.get("/portal/requests/" + reference).body();
        String record = portal.get("/portal/requests/" + reference + "/record").body();
        return request.toString() + history + documents
                + (findings.getStatusCode().is2xxSuccessful() ? findings.getBody().toString() : "") + page + record;
    }

    /** Subjects and bodies of every e-mail sent to the request's contact address (the government's). */
    private String mailsToGovernment() {
        return String.join("\n", jdbc.sql("SELECT subject || ' ' || body FROM notification_outbox "
                        + "WHERE reference = ? AND recipient = 'focal.point@example.org'")
                .param(reference).query(String.class).list());
    }

    /** Completes the user's one open task of that kind on this request. */
    private void work(String user, String taskKey, Map<String, Object> values) {
        ApiClient.as(port, user).completeTask(reference, taskKey, null, values);
    }

    private void upload(String user, String name, String kind, String text) {
        assertThat(ApiClient.as(port, user).uploadText(reference, name, kind, text)).as("%s uploads %s", user, name)
                .isEqualTo(HttpStatus.CREATED);
    }
}
