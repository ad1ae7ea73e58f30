package org.advisorydesk.hardening;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;

import org.advisorydesk.DeskTest;
import org.advisorydesk.treaty.SeededRegister;
import org.advisorydesk.LoopbackClient;
import org.advisorydesk.LoopbackClient.Answer;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inputs an outside probe found answered with {@code 500}, replayed byte for byte over a socket:
 * each is a {@code 4xx} now (problem details on the API, the product's page on pages), and stores nothing.
 */
@DeskTest
class BadInputTest {

    private static final String BOUNDARY = "----desk-boundary-7MA4YWxk";

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired SeededRegister seededRegister;
    @Autowired JdbcClient jdbc;

    private final LoopbackClient client = new LoopbackClient("127.0.0.9");
    private AssistanceRequest request;

    /** This class records acts on the treaty register: the seed comes first (see SeededRegister). */
    @org.junit.jupiter.api.BeforeEach
    void registerSeededFirst() {
        seededRegister.ensure();
    }

    @BeforeEach
    void aRequestOfParaguay() {
        request = scenario.submit(aRequest());
    }

    @Test
    void aNulInAnUploadsFileNameIsABadRequestOnTheApiAndOnBothPortalPages() throws Exception {
        long documents = documents();
        Answer api = client.raw(port, "POST /api/requests/" + request.reference() + "/documents HTTP/1.1\r\n" + basic("gov.paraguay")
                + multipartHead(), multipart("file", "note\u0000.txt", "Hello"));
        assertProblem(api, 400);
        assertThat(api.body()).contains("file");

        LoopbackClient.Session session = client.signIn(port, "gov.paraguay", "/portal/requests/new");
        Answer upload = client.raw(port, "POST /portal/requests/" + request.reference() + "/documents HTTP/1.1\r\n"
                + page(session) + multipartHead(), multipart("file", "note\u0000.txt", "Hello"));
        assertPage(upload, 400);
        Answer newRequest = client.raw(port, "POST /portal/requests/new HTTP/1.1\r\n" + page(session) + multipartHead(),
                multipart("documents", "note\u0000.txt", "Hello"));
        assertPage(newRequest, 400);
        assertThat(documents()).isEqualTo(documents);
    }

    @Test
    void aTruncatedMultipartBodyOrOneWithoutBoundaryIsABadRequest() throws Exception {
        byte[] whole = multipart("file", "note.txt", "Hello");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 30);
        Answer cut = client.raw(port, "POST /api/requests/" + request.reference() + "/documents HTTP/1.1\r\n" + basic("gov.paraguay")
                + multipartHead(), truncated);
        assertProblem(cut, 400);
        Answer noBoundary = client.raw(port, "POST /api/requests/" + request.reference() + "/documents HTTP/1.1\r\n"
                + basic("gov.paraguay") + "Content-Type: multipart/form-data\r\n", whole);
        assertProblem(noBoundary, 400);

        LoopbackClient.Session session = client.signIn(port, "gov.paraguay", "/portal/requests/new");
        Answer page = client.raw(port, "POST /portal/requests/" + request.reference() + "/documents HTTP/1.1\r\n" + page(session)
                + multipartHead(), truncated);
        assertPage(page, 400);
        Answer pageNoBoundary = client.raw(port, "POST /portal/requests/new HTTP/1.1\r\n" + page(session)
                + "Content-Type: multipart/form-data\r\n", whole);
        assertPage(pageNoBoundary, 400);
    }

    @Test
    void anUploadWhoseClientStopsSendingBeforeItsLengthIsNoServerError() throws Exception {
        // found by replaying the probe against the running jar: the body ends (the client half-closes) before
        // its Content-Length; the gate's answer came after Tomcat had committed one, and ended as a 500
        long documentsBefore = documents();
        byte[] whole = multipart("file", "note.txt", "Hello");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/requests/" + request.reference() + "/documents HTTP/1.1\r\nHost: localhost\r\n" + basic("gov.paraguay")
                    + multipartHead() + "Content-Length: " + whole.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(whole, 0, 40);
            out.flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!answer.isEmpty()) {
                assertThat(Integer.parseInt(answer.split(" ")[1])).as(answer).isBetween(400, 499);
            }
        }
        assertThat(documents()).as("nothing stored").isEqualTo(documentsBefore);
    }

    @Test
    void pageNumbersThatAreNoNumbersOrOverflowAreAnsweredWithoutAnError() throws Exception {
        LoopbackClient.Session paraguay = client.signIn(port, "gov.paraguay", "/portal/requests/new");
        assertPage(client.get(port, "/portal?page=abc", paraguay.cookie()), 400);
        assertPage(client.get(port, "/portal/requests/" + request.reference() + "/documents/abc", paraguay.cookie()), 400);
        assertProblem(client.raw(port, "GET /api/requests/" + request.reference() + "/documents/abc HTTP/1.1\r\n"
                + basic("gov.paraguay"), new byte[0]), 400);

        LoopbackClient.Session coordinator = client.signIn(port, "coordinator", "/work");
        Answer far = client.get(port, "/work?page=85899346", coordinator.cookie());
        assertThat(far.status()).isLessThan(500);
        assertThat(client.get(port, "/work?page=" + Long.MAX_VALUE, coordinator.cookie()).status()).isLessThan(500);
        assertPage(client.get(port, "/work?page=abc", coordinator.cookie()), 400);
        assertPage(client.get(port, "/work/requests/" + request.reference() + "/documents/abc", coordinator.cookie()), 400);
        assertThat(client.get(port, "/work/requests?page=2147483647", coordinator.cookie()).status()).isLessThan(500);
        assertProblem(client.raw(port, "GET /api/tasks?page=2147483647 HTTP/1.1\r\n" + basic("coordinator"), new byte[0]), 400);
        for (String page : new String[] {"2147483647", "99999999999", "-1", "abc"}) {
            Answer requests = client.raw(port, "GET /api/requests?page=" + page + " HTTP/1.1\r\n" + basic("gov.paraguay"), new byte[0]);
            assertThat(requests.status()).as("/api/requests?page=" + page).isBetween(200, 499);
            assertThat(client.get(port, "/work/requests?page=" + page, coordinator.cookie()).status()).as("/work/requests?page=" + page)
                    .isBetween(200, 499);
            assertThat(client.get(port, "/portal?page=" + page, paraguay.cookie()).status()).as("/portal?page=" + page).isBetween(200, 499);
            assertThat(client.get(port, "/work/dashboard/requests?page=" + page, coordinator.cookie()).status())
                    .as("/work/dashboard/requests?page=" + page).isBetween(200, 499);
        }
    }

    @Test
    void aRequestLineOverTheServersLimitIsAProblemOnTheApi() throws Exception {
        // found by MalformedInputPropertiesTest: Tomcat refused it with its HTML page before any servlet ran
        Answer api = client.raw(port, "GET /api/requests?q=" + "9".repeat(10_000) + " HTTP/1.1\r\n" + basic("gov.paraguay"), new byte[0]);

        assertThat(api.status()).isBetween(400, 499);
        assertThat(api.header("content-type")).as(api.body()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":" + api.status()).doesNotContain("Exception", "Tomcat");
        // a page too: Tomcat's own page, without its report (no stack trace, no server version)
        Answer page = client.raw(port, "GET /work?q=" + "9".repeat(10_000) + " HTTP/1.1\r\n", new byte[0]);
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.body()).doesNotContain("Exception", "Tomcat", "at org.");
    }

    @Test
    void dotSegmentsAcrossServletsAndTheErrorPathCalledDirectlyAreNoErrors() throws Exception {
        for (String path : new String[] {"/api/%2e%2e/engine-rest/task", "/api/%2E%2E/engine-rest/task", "/css/../camunda/api/engine/engine/default/task",
                "/css/%2e%2e/camunda/api/engine/engine/default/task", "/api/..;/engine-rest/task", "/error"}) {
            Answer anonymous = client.get(port, path, null);
            assertThat(anonymous.status()).as(path).isBetween(400, 499);
            Answer admin = client.raw(port, "GET " + path + " HTTP/1.1\r\n" + basic("admin"), new byte[0]);
            assertThat(admin.status()).as(path + " as admin").isBetween(400, 499);
        }
    }

    @Test
    void aPathNobodyServesIsThePagesOwnNotFoundOrAProblemOnTheApi() throws Exception {
        LoopbackClient.Session coordinator = client.signIn(port, "coordinator", "/work");
        assertPage(client.get(port, "/work/no-such-page", coordinator.cookie()), 404);
        LoopbackClient.Session paraguay = client.signIn(port, "gov.paraguay", "/portal/requests/new");
        assertPage(client.get(port, "/portal/no-such-page", paraguay.cookie()), 404);
        assertProblem(client.raw(port, "GET /api/no-such-thing HTTP/1.1\r\n" + basic("coordinator"), new byte[0]), 404);
    }

    @Test
    void thirtyThousandAssistanceTypesAreRejectedAtOnceWithAShortAnswer() throws Exception {
        long requests = requests();
        String types = String.join(",", Collections.nCopies(30_000, "\"NO_SUCH_TYPE\""));
        String body = "{\"requestingState\":\"PRY\",\"instruments\":[\"ICRMW\"],\"assistanceTypes\":[" + types + "],"
                + "\"title\":\"t\",\"description\":\"d\",\"contactEmail\":\"a@b.org\"}";
        long start = System.nanoTime();
        Answer answer = client.raw(port, "POST /api/requests HTTP/1.1\r\n" + basic("gov.paraguay")
                + "Content-Type: application/json\r\n", body.getBytes(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("assistanceTypes").hasSizeLessThan(4_000);
        assertThat(millis).as("answered without validating each item (a loose bound: the machine may be busy)").isLessThan(5_000);
        assertThat(requests()).isEqualTo(requests);
    }

    @Test
    void jsonTypesAreStrict() throws Exception {
        assertNamed(post("/api/states/PRY/actions", "{\"instrument\":\"ICRMW\",\"action\":\"SIGNATURE\",\"date\":123}"), "date");
        assertNamed(post("/api/states/PRY/observations", "{\"instrument\":\"ICRMW\",\"adoptedOn\":-1}"), "adoptedOn");
        assertNamed(post("/api/requests", "{\"requestingState\":\"PRY\",\"instruments\":[\"ICRMW\"],\"assistanceTypes\":[\"LEGISLATIVE_REVIEW\"],"
                + "\"title\":123,\"description\":\"d\",\"contactEmail\":\"a@b.org\"}"), "title");
        assertNamed(post("/api/requests", "{\"requestingState\":\"PRY\",\"instruments\":[true],\"assistanceTypes\":[\"LEGISLATIVE_REVIEW\"],"
                + "\"title\":\"t\",\"description\":\"d\",\"contactEmail\":\"a@b.org\"}"), "instruments[0]");
        assertNamed(post("/api/requests", "{\"requestingState\":\"PRY\",\"instruments\":[\"ICRMW\"],\"assistanceTypes\":[\"LEGISLATIVE_REVIEW\"],"
                + "\"title\":\"t\",\"description\":4.5,\"contactEmail\":\"a@b.org\"}"), "description");
    }

    private Answer post(String path, String json) throws Exception {
        return client.raw(port, "POST " + path + " HTTP/1.1\r\n" + basic("coordinator").replace("coordinator", "coordinator")
                + "Content-Type: application/json\r\n", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNamed(Answer answer, String field) {
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }

    private static void assertPage(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body()).contains("<main").doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM request_document").query(Long.class).single();
    }

    private long requests() {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
    }

    private static String basic(String user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static String page(LoopbackClient.Session session) {
        return "Cookie: " + session.cookie() + "\r\nX-CSRF-TOKEN: " + session.csrf() + "\r\nAccept: text/html\r\n";
    }

    private static String multipartHead() {
        return "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n";
    }

    private static byte[] multipart(String field, String fileName, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
