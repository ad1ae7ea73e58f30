package org.advisorydesk.document;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may upload what to a request, and what the government reads of it, through HTTP as the demo
 * users. The request is Paraguay's legislative review under the ICRMW: OHCHR leads, ILO and IOM
 * contribute, UNESCO is not involved.
 */
@DeskTest
class UploadRightsTest {

    @LocalServerPort int port;

    String reference;

    @BeforeEach
    void aRoutedLegislativeReview() {
        reference = ApiClient.as(port, "gov.paraguay").post("/api/requests", aRequest().asJson()).getBody()
                .get("reference").asText();
        work("coordinator", "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        work("coordinator", "confirm-routing", Map.of("routingDecision", "CONFIRM"));
        JsonNode routing = ApiClient.as(port, "coordinator").get("/api/requests/" + reference).getBody().get("routing");
        assertThat(routing).singleElement().satisfies(r -> {
            assertThat(r.get("lead").asText()).isEqualTo("OHCHR");
            assertThat(StreamSupport.stream(r.get("contributors").spliterator(), false).map(JsonNode::asText))
                    .containsExactlyInAnyOrder("ILO", "IOM");
        });
    }

    @Test
    void governmentUploadsItsLawItsDraftsAndOtherPapersButNoDeliverable() {
        DocumentClient paraguay = as("gov.paraguay");

        assertThat(paraguay.upload(reference, "ley-978-1996.txt", SampleDocuments.text(), "EXISTING_LAW")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(paraguay.upload(reference, "proyecto.docx", SampleDocuments.docx(), "DRAFT_LEGISLATION")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(paraguay.upload(reference, "nota.txt", SampleDocuments.text(), "OTHER").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> deliverable = paraguay.upload(reference, "own-report.pdf", SampleDocuments.pdf(),
                "DELIVERABLE");

        assertThat(deliverable.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deliverable.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(deliverable.getBody().get("status").asInt()).isEqualTo(403);
        assertThat(deliverable.getBody().get("detail").asText()).contains("agencies");
        assertThat(names(as("coordinator").list(reference)))
                .containsExactlyInAnyOrder("ley-978-1996.txt", "proyecto.docx", "nota.txt");
    }

    @Test
    void officerOfARoutedAgencyUploadsADeliverableAndAnOfficerOfAnotherAgencyDoesNotSeeTheRequest() {
        ResponseEntity<JsonNode> lead = as("ohchr.officer").upload(reference, "analysis.pdf", SampleDocuments.pdf(),
                "DELIVERABLE");
        ResponseEntity<JsonNode> contributor = as("ilo.officer").upload(reference, "ilo-annex.pdf",
                SampleDocuments.pdf(), "DELIVERABLE");
        ResponseEntity<JsonNode> unesco = as("unesco.officer").upload(reference, "unesco.pdf", SampleDocuments.pdf(),
                "DELIVERABLE");

        assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(lead.getBody().get("kind").asText()).isEqualTo("DELIVERABLE");
        assertThat(lead.getBody().get("uploadedBy").asText()).isEqualTo("ohchr.officer");
        assertThat(contributor.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(unesco.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unesco.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(as("unesco.officer").list(reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(names(as("coordinator").list(reference))).containsExactlyInAnyOrder("analysis.pdf", "ilo-annex.pdf");
    }

    @Test
    void nobodyAddsAVersionToAnotherPartysDocumentButItsOwnerDoes() {
        assertThat(as("ilo.officer").upload(reference, "ilo-working.txt", SampleDocuments.text(), "OTHER")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as("gov.paraguay").upload(reference, "ley.txt", SampleDocuments.text(), "EXISTING_LAW")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> byTheGovernment = as("gov.paraguay").upload(reference, "ilo-working.txt",
                text("Nuestra versión"), "OTHER");
        ResponseEntity<JsonNode> byAnotherAgency = as("ohchr.officer").upload(reference, "ilo-working.txt",
                text("OHCHR's version"), "OTHER");
        ResponseEntity<JsonNode> ofTheGovernmentsLaw = as("ilo.officer").upload(reference, "ley.txt",
                text("ILO's version"), "EXISTING_LAW");

        assertThat(byTheGovernment.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byTheGovernment.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byAnotherAgency.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ofTheGovernmentsLaw.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(versions(as("coordinator").list(reference), "ilo-working.txt")).containsExactly(1);
        assertThat(versions(as("coordinator").list(reference), "ley.txt")).containsExactly(1);

        ResponseEntity<JsonNode> again = as("ilo.officer").upload(reference, "ilo-working.txt",
                text("Second ILO draft"), "OTHER");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(versions(as("coordinator").list(reference), "ilo-working.txt")).containsExactly(1, 2);
    }

    @Test
    void nobodyUploadsUnderTheNameOfTheReviewReportOnceTheLeadProducedIt() {
        assertThat(ApiClient.as(port, "ohchr.officer").put("/api/requests/" + reference + "/findings/12",
                Map.of("assessment", "PARTLY_COMPATIBLE", "nationalProvision", "Art. 2, Law 978/96", "comment", "Narrow"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        PageSession lead = PageSession.signedIn(port, "ohchr.officer");
        lead.get(findingsPage());
        HttpResponse<String> produced = lead.post(findingsPage() + "/report", Map.of());
        assertThat(produced.statusCode()).isEqualTo(302);
        String report = "review-report-" + reference + ".pdf";
        assertThat(versions(as("coordinator").list(reference), report)).containsExactly(1);

        for (String user : List.of("ohchr.officer", "ilo.officer", "gov.paraguay")) {
            String kind = user.startsWith("gov.") ? "OTHER" : "DELIVERABLE";
            ResponseEntity<JsonNode> upload = as(user).upload(reference, report, SampleDocuments.pdf(), kind);
            assertThat(upload.getStatusCode()).as("%s uploads %s", user, report).isEqualTo(HttpStatus.CONFLICT);
            assertThat(upload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(versions(as("coordinator").list(reference), report)).containsExactly(1);
    }

    @Test
    void aFileUploadedUnderTheReportsNameBeforeTheReportDoesNotStopTheLeadProducingIt() {
        String report = "review-report-" + reference + ".pdf";
        ResponseEntity<JsonNode> early = as("gov.paraguay").upload(reference, report, SampleDocuments.pdf(), "OTHER");

        PageSession lead = PageSession.signedIn(port, "ohchr.officer");
        lead.get(findingsPage());
        HttpResponse<String> produced = lead.post(findingsPage() + "/report", Map.of());

        assertThat(produced.statusCode()).as("the lead produces the report").isEqualTo(302);
        assertThat(versions(as("coordinator").list(reference), report)).as("versions of the report").containsExactly(1);
        assertThat(early.getStatusCode()).as("the government's early upload under the report's name")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aFileTheLeadUploadedUnderTheReportsNameDoesNotLetItReplaceTheProducedReport() {
        String report = "review-report-" + reference + ".pdf";
        ResponseEntity<JsonNode> early = as("ohchr.officer").upload(reference, report, SampleDocuments.pdf(),
                "DELIVERABLE");
        PageSession lead = PageSession.signedIn(port, "ohchr.officer");
        lead.get(findingsPage());
        lead.post(findingsPage() + "/report", Map.of());

        ResponseEntity<JsonNode> late = as("ohchr.officer").upload(reference, report, SampleDocuments.pdfOfSize(4096),
                "DELIVERABLE");

        assertThat(late.getStatusCode()).as("an upload after the report was produced").isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getStatusCode()).as("the lead's own early upload under the report's name")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void governmentReadsItsOwnUploadsAndOnlyTheLatestDeliverableOnceTheManagersApprovedIt() {
        as("gov.paraguay").upload(reference, "ley-978-1996.txt", SampleDocuments.text(), "EXISTING_LAW");
        as("ilo.officer").upload(reference, "ilo-notes.txt", text("Internal: art. 25 still open"), "OTHER");
        long first = as("ohchr.officer").upload(reference, "analysis.pdf", SampleDocuments.pdf(), "DELIVERABLE")
                .getBody().get("id").asLong();
        long second = as("ohchr.officer").upload(reference, "analysis.pdf", SampleDocuments.pdfOfSize(2048),
                "DELIVERABLE").getBody().get("id").asLong();

        JsonNode beforeApproval = as("gov.paraguay").list(reference).getBody();
        assertThat(names(beforeApproval)).containsExactly("ley-978-1996.txt");
        assertThat(beforeApproval.get(0).get("uploadedBy").asText()).isEqualTo("gov.paraguay");
        assertThat(as("gov.paraguay").download(reference, second).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        work("ohchr.officer", "prepare-gap-analysis", Map.of("gapAnalysisSummary", "Parts I-III"));
        work("ilo.officer", "add-findings", Map.of("contributionSummary", "Art. 25"));
        work("iom.officer", "add-findings", Map.of("contributionSummary", "Art. 65"));
        work("ohchr.officer", "consolidate-review", Map.of("reviewReport", "Eleven gaps"));
        work("manager", "approve-deliverable", Map.of("approvalDecision", "APPROVE"));

        ResponseEntity<JsonNode> afterApproval = as("gov.paraguay").list(reference);
        // with the review report that consolidating the review attached
        assertThat(names(afterApproval.getBody())).containsExactlyInAnyOrder("ley-978-1996.txt", "analysis.pdf",
                "review-report-" + reference + ".pdf");
        assertThat(document(afterApproval.getBody(), "review-report-" + reference + ".pdf").get("uploadedBy").asText())
                .isEqualTo("OHCHR");
        JsonNode deliverable = document(afterApproval.getBody(), "analysis.pdf");
        assertThat(deliverable.get("id").asLong()).isEqualTo(second);
        assertThat(deliverable.get("version").asInt()).isEqualTo(2);
        assertThat(deliverable.get("uploadedBy").asText()).isEqualTo("OHCHR");
        assertThat(afterApproval.getBody().toString()).doesNotContain("ohchr.officer", "ilo.officer", "ilo-notes.txt");
        assertThat(as("gov.paraguay").download(reference, second).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("gov.paraguay").download(reference, first).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // staff still read every version, by user
        assertThat(versions(as("coordinator").list(reference), "analysis.pdf")).containsExactly(1, 2);
        assertThat(document(as("coordinator").list(reference).getBody(), "analysis.pdf").get("uploadedBy").asText())
                .isEqualTo("ohchr.officer");
    }

    private DocumentClient as(String user) {
        return DocumentClient.as(port, user);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String findingsPage() {
        return "/work/requests/" + reference + "/findings";
    }

    private static List<String> names(ResponseEntity<JsonNode> list) {
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return names(list.getBody());
    }

    private static List<String> names(JsonNode documents) {
        return StreamSupport.stream(documents.spliterator(), false).map(d -> d.get("name").asText()).distinct().toList();
    }

    private static List<Integer> versions(ResponseEntity<JsonNode> list, String name) {
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(list.getBody().spliterator(), false).filter(d -> name.equals(d.get("name").asText()))
                .map(d -> d.get("version").asInt()).toList();
    }

    /** The newest version of that name in a list. */
    private static JsonNode document(JsonNode documents, String name) {
        List<JsonNode> versions = StreamSupport.stream(documents.spliterator(), false)
                .filter(d -> name.equals(d.get("name").asText())).toList();
        assertThat(versions).as("versions of %s", name).isNotEmpty();
        return versions.get(versions.size() - 1);
    }

    /** Completes the user's one open task of that kind on this request. */
    private void work(String user, String taskKey, Map<String, Object> values) {
        ApiClient.as(port, user).completeTask(reference, taskKey, null, values);
    }
}
