package org.advisorydesk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.spring.JqwikSpringSupport;
import org.advisorydesk.DeskTest;
import org.advisorydesk.treaty.SeededRegister;
import org.advisorydesk.LoopbackClient;
import org.advisorydesk.LoopbackClient.Answer;
import org.advisorydesk.request.RequestScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated malformed input for every JSON endpoint of the API (jqwik): each operation's documented
 * example body with fields given the wrong JSON type, values out of range, texts too long or holding
 * control characters, fields dropped or added, the body cut short or not JSON at all; and generated
 * query parameters for the lists and the dashboard. Sent by a caller who may make the call (so the input
 * is what is judged), none is answered with a 5xx, a refusal is problem details, and a refused call
 * stores nothing.
 */
@DeskTest
@JqwikSpringSupport
class MalformedInputPropertiesTest {

    /** The product's tables a call of the API writes, and the engine's process instances. */
    private static final List<String> STORED = List.of("assistance_request", "case_entry", "request_document", "finding",
            "request_routing", "treaty_participation", "treaty_report", "concluding_observation", "treaty_due_correction",
            "dashboard_alert", "act_hi_procinst");
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired SeededRegister seededRegister;
    @Autowired JdbcClient jdbc;

    private final LoopbackClient client = new LoopbackClient("127.0.0.12");
    /** "method path" → the caller who may, and the concrete path; made once for the whole class. */
    private static Map<String, String[]> targets;

    @Property(tries = 400)
    void noMalformedBodyIsAServerErrorAndARefusedOneStoresNothing(@ForAll("bodies") Body body) throws Exception {
        String[] target = targets().get(body.operation());
        String method = body.operation().substring(0, body.operation().indexOf(' ')).toUpperCase();
        long before = stored();
        Answer answer = send(method, target[1], target[0], body.bytes());
        assertThat(answer.status()).as(body + " → " + answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.header("content-type")).as(body.toString()).startsWith("application/problem+json");
            assertThat(stored()).as("nothing stored after " + body).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void noGeneratedQueryIsAServerError(@ForAll("queries") String query) throws Exception {
        String user = query.startsWith("/api/dashboard") ? "manager" : "ilo.officer";
        Answer answer = send("GET", query, user, new byte[0]);
        assertThat(answer.status()).as(query + " → " + answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.header("content-type")).as(query).startsWith("application/problem+json");
        }
    }

    @AfterContainer
    static void told() {
        System.out.println("Malformed input: " + SENT.get() + " generated calls sent");
    }

    /** A generated body for one operation. */
    record Body(String operation, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return operation + " " + (text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text);
        }
    }

    @Provide
    Arbitrary<Body> bodies() throws Exception {
        JsonNode examples;
        try (InputStream in = new ClassPathResource("openapi/request-examples.json").getInputStream()) {
            examples = MAPPER.readTree(in);
        }
        List<String> operations = new ArrayList<>();
        examples.fieldNames().forEachRemaining(operations::add);
        return Arbitraries.of(operations).flatMap(operation -> {
            ObjectNode example = (ObjectNode) examples.get(operation);
            return Arbitraries.oneOf(
                    mutated(example).map(json -> new Body(operation, json.getBytes(StandardCharsets.UTF_8))),
                    notJson(example).map(text -> new Body(operation, text.getBytes(StandardCharsets.UTF_8))));
        });
    }

    /** The example with one to three fields changed, dropped or added. */
    private static Arbitrary<String> mutated(ObjectNode example) {
        List<String> fields = new ArrayList<>();
        example.fieldNames().forEachRemaining(fields::add);
        fields.add("unknownField");
        Arbitrary<Change> change = Combinators.combine(Arbitraries.of(fields), wrongValue()).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(3).map(changes -> {
            ObjectNode body = example.deepCopy();
            for (Change c : changes) {
                if (c.value() == DROPPED) {
                    body.remove(c.field());
                } else {
                    body.set(c.field(), MAPPER.valueToTree(c.value()));
                }
            }
            return body.toString();
        });
    }

    /** One field of a body given another value (null is JSON's null). */
    private record Change(String field, Object value) {
    }

    private static final Object DROPPED = new Object();

    /** A value of the wrong type, out of range, too long, or with characters no text should hold. */
    private static Arbitrary<Object> wrongValue() {
        return Arbitraries.oneOf(
                Arbitraries.just(DROPPED),
                Arbitraries.just(null),
                Arbitraries.of(true, false),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE).map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(40).map(Object.class::cast),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30).map(Object.class::cast),
                Arbitraries.strings().withChars('\u0000', '\u001f', '\u202e', '\ufeff', 'a').ofMinLength(1).ofMaxLength(20)
                        .map(Object.class::cast),
                Arbitraries.integers().between(3_990, 30_000).map(n -> (Object) "x".repeat(n)),
                Arbitraries.of("1970-01-01", "2026-02-30", "9999-12-31", "-0001-01-01", "2026-13-01", "yesterday", "ICRMW",
                        "LEGISLATIVE_REVIEW", "ilo", "PRY", "pry", "XXX", "../../etc", "<script>", "'; DROP TABLE finding; --")
                        .map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(10).list().ofMaxSize(50).map(Object.class::cast),
                Arbitraries.integers().between(1, 100).map(n -> (Object) java.util.Collections.nCopies(n, "ICRMW")),
                Arbitraries.just(Map.of("nested", Map.of("deeper", List.of(1, "two", false)))));
    }

    /** Bodies that are not a JSON object: cut short, not JSON, another JSON value, deep nesting, huge numbers. */
    private static Arbitrary<String> notJson(ObjectNode example) {
        String text = example.toString();
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, text.length() - 1).map(cut -> text.substring(0, cut)),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("null", "[]", "\"text\"", "42", "true", "{}", "{\"a\":", "{,}", "{\"a\":1,\"a\":2}",
                        "1e999999", "{\"title\":1e400}", "\u0000", "\ufeff{}", "[" .repeat(5_000), "{\"a\":".repeat(3_000)),
                Arbitraries.integers().between(1, 2_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.of("-1", "0", "1", "2147483647", "2147483648", "85899346", "-2147483648", "1e3", "0x10", "abc", "",
                        "2026-01-01", "2026-02-30", "9999-12-31", "0000-01-01", "PRY", "ICRMW", "ILO", "open", "asc", "DESC"),
                Arbitraries.integers().between(100, 3_000).map("9"::repeat));
        Arbitrary<String> path = Arbitraries.of("/api/requests", "/api/tasks", "/api/dashboard", "/api/dashboard/requests.csv",
                "/api/dashboard/officers.csv", "/api/states");
        Arbitrary<String> name = Arbitraries.of("standing", "state", "q", "page", "size", "view", "sort", "dir", "from", "to",
                "agency", "instrument", "assistanceType", "figure", "status");
        Arbitrary<Map<String, String>> parameters = Arbitraries.maps(name, value).ofMaxSize(5);
        return Combinators.combine(path, parameters).as((p, ps) -> p + "?" + ps.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** The objects the calls name, made once: a request of Paraguay, its tasks, a review, a State of the register. */
    private Map<String, String[]> targets() {
        if (targets == null) {
            // the bodies record acts on the treaty register: the seed comes first (see SeededRegister)
            seededRegister.ensure();
            Map<String, String[]> made = ExampleTargets.make(scenario, "KHM", "KHM");
            targets = made;
        }
        return targets;
    }

    private long stored() {
        long sum = 0;
        for (String table : STORED) {
            sum += jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
        }
        return sum;
    }

    private Answer send(String method, String path, String user, byte[] body) throws Exception {
        SENT.incrementAndGet();
        String head = method + " " + path + " HTTP/1.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + (body.length > 0 ? "Content-Type: application/json\r\n" : "") + "Accept: application/json\r\n";
        return client.raw(port, head, body);
    }
}
