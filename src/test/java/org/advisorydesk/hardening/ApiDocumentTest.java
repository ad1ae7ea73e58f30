package org.advisorydesk.hardening;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.DeskTest;
import org.advisorydesk.treaty.SeededRegister;
import org.advisorydesk.LoopbackClient;
import org.advisorydesk.LoopbackClient.Answer;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.treaty.TreatyCalendar;
import org.advisorydesk.treaty.TreatyRegister;
import org.advisorydesk.treaty.TreatyStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API document is one a client can use: reachable with HTTP Basic, named, Basic declared, no
 * server-side argument among the parameters, errors described as problem details; and every documented
 * operation, called for real, answers only as the document says (status, content type and body against
 * its schema, checked by Atlassian's OpenAPI validator); every request body has an example that is
 * accepted as it is.
 */
@DeskTest
class ApiDocumentTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired SeededRegister seededRegister;
    @Autowired IdentityService identityService;
    @Autowired TreatyRegister register;

    private final LoopbackClient client = new LoopbackClient("127.0.0.10");
    private final ObjectMapper mapper = new ObjectMapper();

    /** This class records acts on the treaty register: the seed comes first (see SeededRegister). */
    @org.junit.jupiter.api.BeforeEach
    void registerSeededFirst() {
        seededRegister.ensure();
    }

    @Test
    void theDocumentIsReachableWithBasicAndDeclaresWhatAClientNeeds() throws Exception {
        assertThat(client.get(port, "/v3/api-docs", null).status()).isEqualTo(401);
        JsonNode document = document();

        assertThat(document.at("/info/title").asText()).isEqualTo("Ratification Advisory Desk API");
        assertThat(document.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0");
        assertThat(document.at("/info/description").asText()).contains("HTTP Basic");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/security/0/basic").isArray()).isTrue();
        List<String> operations = new ArrayList<>();
        forEachOperation(document, (path, method, operation) -> {
            operations.add(method + " " + path);
            operation.path("parameters").forEach(parameter -> assertThat(parameter.path("name").asText())
                    .as(method + " " + path).isNotEqualTo("user"));
            assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
                    .as(method + " " + path).isEqualTo("#/components/schemas/ProblemDetail");
            JsonNode json = operation.at("/requestBody/content/application~1json");
            if (!json.isMissingNode()) {
                assertThat(json.path("example").isObject()).as("an example body for " + method + " " + path).isTrue();
            }
        });
        assertThat(operations).hasSizeGreaterThan(20).contains("post /api/requests", "get /api/tasks");
        assertThat(document.at("/components/schemas/ProblemDetail/properties/errors").isMissingNode()).isFalse();
    }

    @Test
    void everyDocumentedOperationAnswersOnlyAsDocumented() throws Exception {
        AssistanceRequest request = scenario.submit(aRequest());
        String taskId = scenario.task(RequestScenario.COORDINATOR, request, "screen-request", null).id();
        Map<String, String> values = Map.of("reference", request.reference(), "id", taskId, "iso3", "PRY",
                "provision", "art-1", "table", "requests");
        JsonNode document = document();
        OpenApiInteractionValidator validator = validator(document);
        List<String> checked = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        forEachOperation(document, (path, method, operation) -> {
            String concrete = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (concrete.contains("{")) {
                concrete = concrete.replaceAll("\\{[^}]+}", "1");
            }
            for (String user : new String[] {"coordinator", "gov.paraguay"}) {
                Answer answer = call(method, concrete, user, operation.has("requestBody") ? "{}" : null);
                JsonNode documented = operation.path("responses").path(Integer.toString(answer.status()));
                if (documented.isMissingNode()) {
                    documented = operation.path("responses").path("default");
                }
                checked.add(method + " " + concrete + " as " + user + " → " + answer.status());
                problems.addAll(validate(validator, method, concrete, answer));
                if (documented.isMissingNode()) {
                    undocumented.add(method + " " + path + " as " + user + ": " + answer.status() + " " + answer.body());
                    continue;
                }
                String contentType = answer.header("content-type");
                if (contentType != null && documented.has("content") && answer.status() != 204) {
                    String mediaType = contentType.split(";")[0].strip();
                    boolean listed = false;
                    for (Iterator<String> types = documented.path("content").fieldNames(); types.hasNext(); ) {
                        String type = types.next();
                        listed |= type.equals(mediaType) || type.equals("*/*") || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1));
                    }
                    if (!listed) {
                        undocumented.add(method + " " + path + " as " + user + ": " + answer.status() + " as " + mediaType);
                    }
                }
            }
        });
        assertThat(undocumented).as("answers the document does not describe").isEmpty();
        assertThat(problems).as("answers whose status, headers or body differ from the document").isEmpty();
        assertThat(checked).hasSizeGreaterThan(40);
        assertThat(checked).noneMatch(line -> line.endsWith("→ 500"));
    }

    /**
     * Each example body of the document, sent as it is by a caller who may (as Swagger UI's "Try it out"
     * sends it), is accepted: a success whose answer the document describes, body and all.
     */
    @Test
    void everyExampleBodyIsAcceptedAsItIsAndAnsweredAsDocumented() throws Exception {
        if (identityService.createUserQuery().userId("ilo.officer2").count() == 0) {
            User colleague = identityService.newUser("ilo.officer2");
            colleague.setPassword("demo");
            identityService.saveUser(colleague);
            identityService.createMembership("ilo.officer2", "ilo");
        }
        // a State no other test records for: it signs the ICRMW, then the examples ratify it and record the rest
        Answer signed = call("post", "/api/states/BTN/actions", "coordinator",
                "{\"instrument\":\"ICRMW\",\"action\":\"SIGNATURE\",\"date\":\"2000-09-13\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        // Belize, a party by the register's seed (the status of 2003), whose report history is to be verified
        if (register.participations().stream().noneMatch(p -> p.state().equals("BLZ"))) {
            register.seed("BLZ", Instrument.ICRMW, TreatyStatus.RATIFIED, TreatyCalendar.ICRMW_ENTRY_INTO_FORCE);
        }
        Map<String, String[]> calls = ExampleTargets.make(scenario, "BTN", "BLZ");

        JsonNode document = document();
        OpenApiInteractionValidator validator = validator(document);
        List<String> examples = new ArrayList<>();
        forEachOperation(document, (path, method, operation) -> {
            JsonNode example = operation.at("/requestBody/content/application~1json/example");
            if (!example.isMissingNode()) {
                examples.add(method + " " + path);
            }
        });
        assertThat(calls.keySet()).as("every example is sent").containsExactlyInAnyOrderElementsOf(examples);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> call : calls.entrySet()) {
            String method = call.getKey().substring(0, call.getKey().indexOf(' '));
            String path = call.getKey().substring(method.length() + 1);
            JsonNode example = document.path("paths").path(path).path(method).at("/requestBody/content/application~1json/example");
            Answer answer = call(method, call.getValue()[1], call.getValue()[0], mapper.writeValueAsString(example));
            if (answer.status() / 100 != 2) {
                wrong.add(call.getKey() + " as " + call.getValue()[0] + ": " + answer.status() + " " + answer.body());
            }
            wrong.addAll(validate(validator, method, call.getValue()[1], answer));
        }
        assertThat(wrong).as("examples refused, or answered otherwise than documented").isEmpty();
    }

    private static OpenApiInteractionValidator validator(JsonNode document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document.toString()).build();
    }

    /** What the validator finds wrong with the answer: its status, a header or the body against the schema. */
    private static List<String> validate(OpenApiInteractionValidator validator, String method, String path, Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        String contentType = answer.header("content-type");
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (answer.body() != null && !answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(bare, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> method + " " + path + " → " + answer.status() + ": " + message.getMessage())
                .toList();
    }

    private Answer call(String method, String path, String user, String json) {
        try {
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            return client.raw(port, method.toUpperCase() + " " + path + " HTTP/1.1\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\n") + "Accept: application/json, text/csv, */*\r\n", body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode document() throws Exception {
        Answer answer = client.raw(port, "GET /v3/api-docs HTTP/1.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("gov.paraguay:demo".getBytes(StandardCharsets.UTF_8)) + "\r\n", new byte[0]);
        assertThat(answer.status()).isEqualTo(200);
        return mapper.readTree(answer.body());
    }

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private static void forEachOperation(JsonNode document, OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                visitor.visit(path.getKey(), method.getKey(), method.getValue());
            }
        }));
    }
}
