package org.advisorydesk.document;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/requests/{reference}/documents} through HTTP. */
@DeskTest
class DocumentApiTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired RequestScenario scenario;

    static List<Arguments> acceptedFormats() {
        return List.of(
                Arguments.of("Ley 978-96.pdf", SampleDocuments.pdf(), "application/pdf"),
                Arguments.of("Proyecto de ley.docx", SampleDocuments.docx(), SampleDocuments.DOCX_TYPE),
                Arguments.of("Anteproyecto.odt", SampleDocuments.odt(), SampleDocuments.ODT_TYPE),
                Arguments.of("Notas.txt", SampleDocuments.text(), "text/plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFormats")
    void governmentUploadsADocumentAndDownloadsTheSameBytes(String name, byte[] content, String mediaType) {
        String reference = submitForParaguay();

        ResponseEntity<JsonNode> uploaded = as("gov.paraguay").upload(reference, name, content, "EXISTING_LAW");

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = uploaded.getBody();
        long id = document.get("id").asLong();
        assertThat(document.get("name").asText()).isEqualTo(name);
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("mediaType").asText()).isEqualTo(mediaType);
        assertThat(document.get("size").asLong()).isEqualTo(content.length);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(content));
        assertThat(document.get("kind").asText()).isEqualTo("EXISTING_LAW");
        assertThat(document.get("uploadedBy").asText()).isEqualTo("gov.paraguay");
        assertThat(uploaded.getHeaders().getLocation())
                .hasToString("/api/requests/" + reference + "/documents/" + id);

        ResponseEntity<byte[]> download = as("gov.paraguay").download(reference, id);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(content);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(mediaType));
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(name);
    }

    @Test
    void listShowsEachDocumentWithoutItsContentAndKindDefaultsToOther() {
        String reference = submitForParaguay();
        as("gov.paraguay").uploaded(reference, "Notas.txt", SampleDocuments.text());

        ResponseEntity<JsonNode> list = as("coordinator").list(reference);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).hasSize(1);
        JsonNode document = list.getBody().get(0);
        assertThat(document.get("name").asText()).isEqualTo("Notas.txt");
        assertThat(document.get("kind").asText()).isEqualTo("OTHER");
        assertThat(document.get("uploadedAt").asText()).isNotBlank();
        assertThat(document.has("content")).isFalse();
    }

    @Test
    void governmentSeesADeliverableOnlyOnceItWasDelivered() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        ResponseEntity<JsonNode> draft = as("ilo.officer").upload(request.reference(), "draft-report.pdf",
                SampleDocuments.pdf(), "DELIVERABLE");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = draft.getBody().get("id").asLong();

        assertThat(as("gov.paraguay").list(request.reference()).getBody().findValuesAsText("name"))
                .doesNotContain("draft-report.pdf");
        assertThat(as("gov.paraguay").download(request.reference(), id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("ohchr.officer").list(request.reference()).getBody().findValuesAsText("name"))
                .contains("draft-report.pdf");

        scenario.complete(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("gapAnalysisSummary", "Done"));
        scenario.complete(RequestScenario.OHCHR, request, "add-findings", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("contributionSummary", "Done"));
        scenario.complete(RequestScenario.ILO, request, "consolidate-review", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("reviewReport", "Done"));
        scenario.complete(RequestScenario.MANAGER, request, "approve-deliverable", AssistanceType.LEGISLATIVE_REVIEW,
                Map.of("approvalDecision", "APPROVE"));

        assertThat(as("gov.paraguay").list(request.reference()).getBody().findValuesAsText("name"))
                .contains("draft-report.pdf");
        assertThat(as("gov.paraguay").download(request.reference(), id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    static List<Arguments> refusedFiles() {
        return List.of(
                Arguments.of("a PNG named .pdf", "scan.pdf", SampleDocuments.png()),
                Arguments.of("an executable named .pdf", "ley.pdf", SampleDocuments.exe()),
                Arguments.of("a spreadsheet named .docx", "ley.docx", SampleDocuments.xlsx()),
                Arguments.of("a zip that is no document, named .docx", "ley.docx", SampleDocuments.plainZip()),
                Arguments.of("an empty file", "ley.pdf", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void fileThatIsNotAnAcceptedDocumentIsRefusedNamingFileAndNothingIsStored(String what, String name,
            byte[] content) {
        String reference = submitForParaguay();

        ResponseEntity<JsonNode> response = as("gov.paraguay").upload(reference, name, content, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(storedDocuments(reference)).isZero();
    }

    @Test
    void uploadWithoutAFilePartIsRefusedNamingFile() {
        String reference = submitForParaguay();

        ResponseEntity<JsonNode> response = as("gov.paraguay").uploadWithoutFile(reference);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
    }

    @Test
    void unknownKindIsRefusedNamingKind() {
        String reference = submitForParaguay();

        ResponseEntity<JsonNode> response = as("gov.paraguay").upload(reference, "a.pdf", SampleDocuments.pdf(),
                "TREATY");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("kind");
        assertThat(storedDocuments(reference)).isZero();
    }

    @Test
    void documentOfExactlyTwentyMegabytesIsStored() {
        String reference = submitForParaguay();
        byte[] content = SampleDocuments.pdfOfSize(20 * 1024 * 1024);

        long id = as("gov.paraguay").uploaded(reference, "big.pdf", content);

        assertThat(as("gov.paraguay").download(reference, id).getBody()).isEqualTo(content);
    }

    /**
     * Spring's multipart limit (spring.servlet.multipart.max-file-size, 20MB) trips before the
     * application sees the file. Today that 413 has an empty body: the multipart request is resolved
     * before a controller is chosen, where ProblemDetailsAdvice (limited to our packages) does not
     * apply. With spring.servlet.multipart.resolve-lazily=true it is application/problem+json.
     */
    @Test
    void documentOverTheUploadLimitIsRefusedWithoutAStackTraceAndNothingIsStored() throws Exception {
        String reference = submitForParaguay();

        HttpResponse<String> response = as("gov.paraguay").uploadReadingTheAnswerAtOnce(reference, "big.pdf",
                SampleDocuments.pdfOfSize(21 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(storedDocuments(reference)).isZero();
    }

    @Test
    void sameNameUploadedAgainBecomesTheNextVersionAndBothStayDownloadable() {
        String reference = submitForParaguay();
        byte[] first = SampleDocuments.text();
        byte[] second = "Segunda versión, con las observaciones.\n".getBytes(StandardCharsets.UTF_8);

        long v1 = as("gov.paraguay").uploaded(reference, "Notas.txt", first);
        JsonNode v2 = as("gov.paraguay").upload(reference, "Notas.txt", second, null).getBody();

        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(as("gov.paraguay").list(reference).getBody().findValuesAsText("version"))
                .containsExactly("1", "2");
        assertThat(as("gov.paraguay").download(reference, v1).getBody()).isEqualTo(first);
        assertThat(as("gov.paraguay").download(reference, v2.get("id").asLong()).getBody()).isEqualTo(second);
    }

    @Test
    void anotherStatesGovernmentCannotUploadListOrDownload() {
        String reference = submitForParaguay();
        long id = as("gov.paraguay").uploaded(reference, "Ley.pdf", SampleDocuments.pdf());

        ResponseEntity<JsonNode> upload = as("gov.turkey").upload(reference, "Yasa.pdf", SampleDocuments.pdf(), null);
        ResponseEntity<JsonNode> list = as("gov.turkey").list(reference);
        ResponseEntity<byte[]> download = as("gov.turkey").download(reference, id);

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
        assertThat(storedDocuments(reference)).isEqualTo(1);
    }

    @Test
    void documentOfAnotherRequestIsNotFoundThroughThisOne() {
        String mine = submitForParaguay();
        String other = submitForParaguay();
        long othersDocument = as("gov.paraguay").uploaded(other, "Ley.pdf", SampleDocuments.pdf());

        ResponseEntity<byte[]> response = as("gov.paraguay").download(mine, othersDocument);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("gov.paraguay").download(other, othersDocument).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void eachUploadIsRecordedInTheRequestsHistory() {
        String reference = submitForParaguay();
        as("gov.paraguay").uploaded(reference, "Ley 978-96.pdf", SampleDocuments.pdf());
        as("gov.paraguay").uploaded(reference, "Ley 978-96.pdf", SampleDocuments.pdf());

        JsonNode history = ApiClient.as(port, "gov.paraguay").get("/api/requests/" + reference).getBody()
                .get("history");

        List<JsonNode> documentEvents = StreamSupport.stream(history.spliterator(), false)
                .filter(event -> event.get("kind").asText().equals("DOCUMENT_ADDED")).toList();
        assertThat(documentEvents).extracting(event -> event.at("/payload/name").asText() + " v" + event.at("/payload/version").asInt())
                .containsExactly("Ley 978-96.pdf v1", "Ley 978-96.pdf v2");
        assertThat(documentEvents).extracting(event -> event.get("actor").asText()).containsOnly("gov.paraguay");
    }

    @Test
    void nameThatNeedsEncodingSurvivesTheDownloadHeader() {
        String reference = submitForParaguay();
        String name = "Proyecto \"final\"; año 2026 – ñandutí.pdf";
        long id = as("gov.paraguay").uploaded(reference, name, SampleDocuments.pdf());

        ContentDisposition disposition = as("gov.paraguay").download(reference, id).getHeaders()
                .getContentDisposition();

        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(name);
    }

    private DocumentClient as(String user) {
        return DocumentClient.as(port, user);
    }

    private String submitForParaguay() {
        ResponseEntity<JsonNode> response = ApiClient.as(port, "gov.paraguay").post("/api/requests",
                aRequest().asJson());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("reference").asText();
    }

    private long storedDocuments(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM request_document d JOIN assistance_request r ON r.id = d.request_id "
                        + "WHERE r.reference = ?")
                .param(reference).query(Long.class).single();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
