package org.advisorydesk.request;

import org.advisorydesk.DeskTest;
import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/requests} through HTTP, as each kind of user. */
@DeskTest
class RequestApiTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtimeService;

    ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    @Test
    void governmentSubmitsARequestForItsOwnState() {
        ResponseEntity<JsonNode> response = as("gov.paraguay").post("/api/requests", aRequest().asJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = response.getBody().get("reference").asText();
        assertThat(reference).matches("TA-\\d{4}-\\d{5}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/requests/" + reference);
        assertThat(response.getBody().get("status").asText()).isEqualTo("IN_SCREENING");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .isEqualTo(1);
    }

    @Test
    void governmentCannotSubmitForAnotherState() {
        long before = storedRequests();

        ResponseEntity<JsonNode> response = as("gov.paraguay").post("/api/requests", aRequest().forState("TUR").asJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void agencyStaffCannotSubmitRequests() {
        assertThat(as("ohchr.officer").post("/api/requests", aRequest().asJson()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void coordinatorMaySubmitOnAStatesBehalf() {
        ResponseEntity<JsonNode> response = as("coordinator").post("/api/requests", aRequest().forState("PHL").asJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("requestingState").asText()).isEqualTo("PHL");
        assertThat(response.getBody().get("submittedBy").asText()).isEqualTo("coordinator");
        // the government reads who opened it on its behalf by their side, not by user id
        String reference = response.getBody().get("reference").asText();
        assertThat(as("gov.philippines").get("/api/requests/" + reference).getBody().get("submittedBy").asText())
                .isEqualTo("COORDINATORS");
        assertThat(as("gov.philippines").get("/api/requests").getBody().findParents("reference").stream()
                .filter(r -> r.get("reference").asText().equals(reference)).findFirst().orElseThrow()
                .get("submittedBy").asText()).isEqualTo("COORDINATORS");
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of(aRequest().without("instruments"), List.of("instruments")),
                Arguments.of(aRequest().instruments(), List.of("instruments")),
                Arguments.of(aRequest().instruments("ICRMW", "ILO_C999"), List.of("instruments[1]")),
                Arguments.of(aRequest().assistanceTypes("LEGAL_AID"), List.of("assistanceTypes[0]")),
                Arguments.of(aRequest().with("title", "   "), List.of("title")),
                Arguments.of(aRequest().with("title", "x".repeat(201)), List.of("title")),
                Arguments.of(aRequest().with("description", "x".repeat(5001)), List.of("description")),
                Arguments.of(aRequest().with("contactEmail", "not-an-address"), List.of("contactEmail")),
                Arguments.of(aRequest().forState("XXX"), List.of("requestingState")),
                Arguments.of(aRequest().with("priority", "HIGH"), List.of("priority")),
                Arguments.of(aRequest().with("title", "").with("contactEmail", "a@").assistanceTypes("NOPE"),
                        List.of("assistanceTypes[0]", "contactEmail", "title")));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void invalidBodyIsRefusedNamingEachBadFieldAndNothingIsStored(NewRequestBuilder body, List<String> badFields) {
        long requestsBefore = storedRequests();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = as("gov.paraguay").post("/api/requests", body.asJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrderElementsOf(badFields);
        assertThat(response.getBody().toString()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(storedRequests()).isEqualTo(requestsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        ResponseEntity<JsonNode> response = as("gov.paraguay").postRaw("/api/requests", "{\"title\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("JSON");
    }

    @Test
    void wrongTypeIsNamed() {
        ResponseEntity<JsonNode> response = as("gov.paraguay").post("/api/requests", aRequest().with("instruments", 7).asJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("instruments");
    }

    @Test
    void signInIsRequired() {
        ResponseEntity<JsonNode> anonymous = ApiClient.anonymous(port).get("/api/requests");
        ResponseEntity<JsonNode> wrongPassword = ApiClient.withPassword(port, "no.such.user", "guess").get("/api/requests");

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void governmentSeesOnlyItsOwnStatesRequests() {
        String paraguays = submit("gov.paraguay", aRequest());
        String turkeys = submit("gov.turkey", aRequest().forState("TUR"));

        List<String> seenByTurkey = references(as("gov.turkey").get("/api/requests"));

        assertThat(seenByTurkey).contains(turkeys).doesNotContain(paraguays);
        assertThat(as("gov.turkey").get("/api/requests/" + paraguays).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("gov.paraguay").get("/api/requests/" + paraguays).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownApiPathIsAProblemToo() {
        ResponseEntity<JsonNode> response = as("coordinator").get("/api/no-such-thing");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownReferenceIsNotFound() {
        ResponseEntity<JsonNode> response = as("coordinator").get("/api/requests/TA-1999-99999");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void agencyStaffSeeRequestsRoutedToTheirAgencyOnly() {
        String reference = submit("gov.paraguay", aRequest().assistanceTypes("REPORTING_SUPPORT"));
        assertThat(references(as("ohchr.officer").get("/api/requests"))).doesNotContain(reference);

        screenAndRoute(reference);

        // ICRMW reporting support: OHCHR leads, ILO contributes, UNESCO has no part
        assertThat(references(as("ohchr.officer").get("/api/requests"))).contains(reference);
        assertThat(references(as("ilo.officer").get("/api/requests"))).contains(reference);
        assertThat(references(as("unesco.officer").get("/api/requests"))).doesNotContain(reference);
        assertThat(as("unesco.officer").get("/api/requests/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(references(as("manager").get("/api/requests"))).contains(reference);
    }

    @Test
    void requestShowsItsRoutingAndCompletedSteps() {
        String reference = submit("gov.paraguay", aRequest().instruments("ICRMW", "ILO_C143")
                .assistanceTypes("CAPACITY_BUILDING"));
        screenAndRoute(reference);

        JsonNode request = as("gov.paraguay").get("/api/requests/" + reference).getBody();

        assertThat(request.get("status").asText()).isEqualTo("IN_PROGRESS");
        JsonNode routing = request.get("routing").get(0);
        assertThat(routing.get("assistanceType").asText()).isEqualTo("CAPACITY_BUILDING");
        assertThat(routing.get("lead").asText()).isEqualTo("OHCHR");
        assertThat(routing.get("contributors").findValuesAsText("")).isEmpty();
        assertThat(textsOf(routing.get("contributors"))).containsExactly("ILO", "IOM", "UNESCO");
        // the government reads no staff step, and no staff user id
        assertThat(request.get("completedSteps")).isEmpty();
        JsonNode staffView = as("coordinator").get("/api/requests/" + reference).getBody();
        JsonNode step = staffView.get("completedSteps").get(0);
        assertThat(step.get("step").asText()).isEqualTo("screen-request");
        assertThat(step.get("completedBy").asText()).isEqualTo("coordinator");
        assertThat(step.get("completedAt").asText()).isNotBlank();
        assertThat(request.get("history").findValuesAsText("to"))
                .containsSubsequence("SUBMITTED", "IN_SCREENING", "IN_PROGRESS");
    }

    private String submit(String user, NewRequestBuilder body) {
        ResponseEntity<JsonNode> response = as(user).post("/api/requests", body.asJson());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("reference").asText();
    }

    private void screenAndRoute(String reference) {
        JsonNode tasks = as("coordinator").get("/api/tasks").getBody();
        for (JsonNode task : tasks) {
            if (task.get("requestReference").asText().equals(reference)) {
                ResponseEntity<JsonNode> done = as("coordinator").post("/api/tasks/" + task.get("id").asText() + "/complete",
                        java.util.Map.of("screeningOutcome", "COMPLETE"));
                assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
                confirmRouting(reference);
                return;
            }
        }
        throw new AssertionError("No screening task for " + reference);
    }

    private void confirmRouting(String reference) {
        for (JsonNode task : as("coordinator").get("/api/tasks").getBody()) {
            if (task.get("requestReference").asText().equals(reference) && task.get("taskDefinitionKey").asText().equals("confirm-routing")) {
                assertThat(as("coordinator").post("/api/tasks/" + task.get("id").asText() + "/complete",
                        java.util.Map.of("routingDecision", "CONFIRM")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
                return;
            }
        }
        throw new AssertionError("No confirm-routing task for " + reference);
    }

    @Test
    void requestListComesAPageAtATimeWithTheTotalAndALinkToTheNextPage() {
        for (int i = 0; i < 3; i++) {
            assertThat(as("coordinator").post("/api/requests", aRequest().forState("ISR").asJson()).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> first = as("coordinator").get("/api/requests?state=ISR&size=2");
        ResponseEntity<JsonNode> second = as("coordinator").get("/api/requests?state=ISR&size=2&page=1");

        assertThat(references(first)).hasSize(2);
        assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("3");
        assertThat(first.getHeaders().getFirst("Link")).contains("page=1").contains("rel=\"next\"");
        assertThat(references(second)).hasSize(1).doesNotContainAnyElementsOf(references(first));
        assertThat(second.getHeaders().getFirst("Link")).isNull();
        assertThat(references(as("coordinator").get("/api/requests?state=ISR&standing=finished"))).isEmpty();
    }

    @Test
    void badListParametersAreNamed() {
        ResponseEntity<JsonNode> response = as("coordinator").get("/api/requests?standing=sometimes&state=XX&size=500");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("standing", "state", "size");
    }

    private static List<String> references(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().findValuesAsText("reference");
    }

    private static List<String> textsOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private long storedRequests() {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
    }
}
