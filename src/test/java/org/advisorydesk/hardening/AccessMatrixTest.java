package org.advisorydesk.hardening;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.advisorydesk.DeskTest;
import org.advisorydesk.treaty.SeededRegister;
import org.advisorydesk.LoopbackClient;
import org.advisorydesk.LoopbackClient.Answer;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One declared table of who may do what, checked against every handler mapping of the application and
 * the engine's and webapps' paths, for every role and for anonymous callers, with a request of one
 * State (Paraguay) routed to one agency (ILO): the other State's focal point and the other agency's
 * officer must be refused as a stranger is. A mapping missing from the table fails the test.
 */
@DeskTest
class AccessMatrixTest {

    /** Who is asked. */
    static final List<String> CALLERS = List.of("anonymous", "gov.paraguay", "gov.turkey", "coordinator", "ilo.officer",
            "iom.officer", "manager", "admin");

    private static final Set<String> ALL = Set.copyOf(CALLERS);
    private static final Set<String> SIGNED_IN = Set.of("gov.paraguay", "gov.turkey", "coordinator", "ilo.officer", "iom.officer",
            "manager", "admin");
    private static final Set<String> GOVERNMENTS = Set.of("gov.paraguay", "gov.turkey");
    private static final Set<String> PARAGUAY = Set.of("gov.paraguay");
    private static final Set<String> STAFF = Set.of("coordinator", "ilo.officer", "iom.officer", "manager", "admin");
    /** Those who see the request of Paraguay routed to the ILO. */
    private static final Set<String> ON_THE_REQUEST = Set.of("gov.paraguay", "coordinator", "ilo.officer", "manager", "admin");
    private static final Set<String> STAFF_ON_THE_REQUEST = Set.of("coordinator", "ilo.officer", "manager", "admin");
    /** Those who may work on the ILO's task, and record the ILO's findings on the review it leads. */
    private static final Set<String> ON_THE_TASK = Set.of("ilo.officer");
    private static final Set<String> COORDINATORS = Set.of("coordinator");
    /** New requests: governments (for their own State) and coordinators (on a State's behalf). */
    private static final Set<String> SUBMITTERS = Set.of("gov.paraguay", "gov.turkey", "coordinator");
    /** The dashboards: coordinators, managers and agency staff (not an administrator without an agency). */
    private static final Set<String> DASHBOARD = Set.of("coordinator", "ilo.officer", "iom.officer", "manager");
    private static final Set<String> ALERT_READERS = Set.of("coordinator", "manager");
    /** A task's page: who may work on it, and those who see all work (read only). */
    private static final Set<String> SEE_THE_TASK = Set.of("ilo.officer", "coordinator", "manager", "admin");
    private static final Set<String> MANAGERS = Set.of("manager");
    private static final Set<String> ADMINISTRATORS = Set.of("admin");

    /** The table: "METHOD pattern" → who may. */
    static final Map<String, Set<String>> MAY = new LinkedHashMap<>();

    static {
        MAY.put("GET /login", ALL);
        MAY.put("GET /status", ALL);
        MAY.put("GET /", SIGNED_IN);
        // nothing is at /error when called directly: a 404 for everyone
        MAY.put("GET /error", Set.of());
        MAY.put("GET /v3/api-docs", SIGNED_IN);
        MAY.put("GET /v3/api-docs.yaml", SIGNED_IN);
        MAY.put("GET /v3/api-docs/swagger-config", SIGNED_IN);
        MAY.put("GET /swagger-ui.html", SIGNED_IN);
        // the JSON API
        MAY.put("POST /api/requests", SUBMITTERS);
        MAY.put("GET /api/requests", SIGNED_IN);
        MAY.put("GET /api/requests/{reference}", ON_THE_REQUEST);
        MAY.put("GET /api/requests/{reference}/history", ON_THE_REQUEST);
        MAY.put("POST /api/requests/{reference}/comments", ON_THE_REQUEST);
        MAY.put("POST /api/requests/{reference}/withdraw", PARAGUAY);
        MAY.put("GET /api/requests/{reference}/documents", ON_THE_REQUEST);
        MAY.put("GET /api/requests/{reference}/documents/{id}", ON_THE_REQUEST);
        MAY.put("POST /api/requests/{reference}/documents", ON_THE_REQUEST);
        MAY.put("GET /api/requests/{reference}/findings", STAFF_ON_THE_REQUEST);
        MAY.put("PUT /api/requests/{reference}/findings/{provision}", ON_THE_TASK);
        MAY.put("GET /api/tasks", SIGNED_IN);
        MAY.put("POST /api/tasks/{id}/claim", ON_THE_TASK);
        MAY.put("POST /api/tasks/{id}/unclaim", ON_THE_TASK);
        MAY.put("POST /api/tasks/{id}/assign", ON_THE_TASK);
        MAY.put("POST /api/tasks/{id}/comments", ON_THE_TASK);
        MAY.put("POST /api/tasks/{id}/complete", ON_THE_TASK);
        MAY.put("GET /api/states", SIGNED_IN);
        MAY.put("GET /api/states/{iso3}", SIGNED_IN);
        for (String act : List.of("actions", "reports", "observations", "declarations", "reservations", "next-due", "report-history")) {
            MAY.put("POST /api/states/{iso3}/" + act, COORDINATORS);
        }
        MAY.put("GET /api/dashboard", DASHBOARD);
        MAY.put("GET /api/dashboard/requests.csv", DASHBOARD);
        MAY.put("GET /api/dashboard/{table}.csv", DASHBOARD);
        MAY.put("GET /api/dashboard/alerts", ALERT_READERS);
        MAY.put("POST /api/dashboard/alerts", MANAGERS);
        MAY.put("DELETE /api/dashboard/alerts/{id}", MANAGERS);
        // the government portal
        MAY.put("GET /portal", GOVERNMENTS);
        MAY.put("GET /portal/treaty", GOVERNMENTS);
        MAY.put("GET /portal/requests/new", GOVERNMENTS);
        MAY.put("POST /portal/requests/new", GOVERNMENTS);
        MAY.put("GET /portal/requests/{reference}", PARAGUAY);
        MAY.put("GET /portal/requests/{reference}/record", PARAGUAY);
        MAY.put("GET /portal/requests/{reference}/documents/{id}", PARAGUAY);
        MAY.put("POST /portal/requests/{reference}/documents", PARAGUAY);
        MAY.put("POST /portal/requests/{reference}/comments", PARAGUAY);
        MAY.put("GET /portal/requests/{reference}/withdraw", PARAGUAY);
        MAY.put("POST /portal/requests/{reference}/withdraw", PARAGUAY);
        MAY.put("POST /portal/tasks/{id}", Set.of());
        // the staff workspace
        MAY.put("GET /work", STAFF);
        MAY.put("GET /work/requests", STAFF);
        MAY.put("GET /work/requests/{reference}", STAFF_ON_THE_REQUEST);
        MAY.put("GET /work/requests/{reference}/documents/{id}", STAFF_ON_THE_REQUEST);
        MAY.put("GET /work/requests/{reference}/findings", STAFF_ON_THE_REQUEST);
        MAY.put("POST /work/requests/{reference}/findings/{provision}", ON_THE_TASK);
        MAY.put("POST /work/requests/{reference}/findings/report", ON_THE_TASK);
        MAY.put("GET /work/tasks/{id}", SEE_THE_TASK);
        for (String act : List.of("claim", "unclaim", "hand-over", "complete", "comments", "documents")) {
            MAY.put("POST /work/tasks/{id}/" + act, ON_THE_TASK);
        }
        MAY.put("GET /work/treaty", STAFF);
        MAY.put("GET /work/treaty/states.csv", STAFF);
        MAY.put("GET /work/treaty/calendar", STAFF);
        MAY.put("GET /work/treaty/calendar.csv", STAFF);
        MAY.put("GET /work/treaty/{iso3}", STAFF);
        MAY.put("POST /work/treaty/{iso3}/{form}", COORDINATORS);
        MAY.put("GET /work/treaty/import", COORDINATORS);
        MAY.put("POST /work/treaty/import", COORDINATORS);
        MAY.put("POST /work/treaty/import/apply", COORDINATORS);
        MAY.put("GET /work/dashboard", DASHBOARD);
        MAY.put("GET /work/dashboard/requests", DASHBOARD);
        MAY.put("GET /work/dashboard/tasks", DASHBOARD);
        MAY.put("GET /work/dashboard/requests.csv", DASHBOARD);
        MAY.put("GET /work/dashboard/{table}.csv", DASHBOARD);
        MAY.put("GET /work/dashboard/alerts", ALERT_READERS);
        MAY.put("POST /work/dashboard/alerts", MANAGERS);
        MAY.put("POST /work/dashboard/alerts/{id}/delete", MANAGERS);
    }

    /** Paths no handler mapping lists: the engine REST and the Camunda webapps, administrators only. */
    static final Map<String, Set<String>> OUTSIDE_MVC = Map.of(
            "GET /engine-rest/task", ADMINISTRATORS,
            "GET /engine-rest/process-instance", ADMINISTRATORS,
            "GET /engine-rest/history/variable-instance", ADMINISTRATORS,
            "GET /engine-rest/user", ADMINISTRATORS,
            "GET /camunda/app/cockpit/default/", ADMINISTRATORS,
            "GET /camunda/api/engine/engine/default/task", ADMINISTRATORS,
            "GET /camunda/api/engine/engine/", ADMINISTRATORS);

    @LocalServerPort int port;
    @Autowired RequestMappingHandlerMapping mappings;
    @Autowired SeededRegister seededRegister;
    @Autowired RequestScenario scenario;

    private final LoopbackClient client = new LoopbackClient("127.0.0.11");

    /** This class records acts on the treaty register: the seed comes first (see SeededRegister). */
    @org.junit.jupiter.api.BeforeEach
    void registerSeededFirst() {
        seededRegister.ensure();
    }

    @Test
    void everyMappingIsInTheTableAndAnswersEachCallerAsTheTableSays() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    mapped.add(method + " " + pattern.replace("{table:[a-z-]+}", "{table}"));
                }
            }
        });
        assertThat(mapped).as("every handler mapping has its line in the table").allSatisfy(m -> assertThat(MAY).containsKey(m));

        // for ILO C97 both are led by the ILO (the review with OHCHR contributing): no IOM on it
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT", "LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String task = scenario.task(RequestScenario.ILO, request, "plan-assistance", AssistanceType.REPORTING_SUPPORT).id();
        AssistanceRequest toWithdraw = scenario.submit(aRequest());
        org.advisorydesk.ApiClient paraguay = org.advisorydesk.ApiClient.as(port, "gov.paraguay");
        assertThat(paraguay.uploadText(request.reference(), "note.txt", "OTHER", "A note").value()).isEqualTo(201);
        String document = paraguay.get("/api/requests/" + request.reference() + "/documents").getBody().get(0).path("id").asText();
        Map<String, String> sessions = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String caller : SIGNED_IN) {
            LoopbackClient.Session session = client.signIn(port, caller, caller.startsWith("gov.") ? "/portal/requests/new" : "/login");
            sessions.put(caller, session.cookie());
            tokens.put(caller, session.csrf());
        }

        List<String> wrong = new ArrayList<>();
        int combinations = 0;
        Map<String, Set<String>> all = new LinkedHashMap<>(MAY);
        all.putAll(OUTSIDE_MVC);
        for (Map.Entry<String, Set<String>> line : all.entrySet()) {
            String method = line.getKey().substring(0, line.getKey().indexOf(' '));
            String pattern = line.getKey().substring(method.length() + 1);
            String path = pattern.replace("{reference}", pattern.endsWith("/withdraw") ? toWithdraw.reference() : request.reference())
                    .replace("{id}", pattern.contains("/tasks/") ? task : pattern.contains("/documents/") ? document : "1").replace("{iso3}", "PRY")
                    .replace("{provision}", "1").replace("{table}", "requests").replace("{form}", "action");
            for (String caller : CALLERS) {
                combinations++;
                Answer answer = call(method, path, caller, sessions.get(caller), tokens.get(caller));
                boolean denied = denied(answer);
                boolean may = line.getValue().contains(caller);
                if (may && pattern.startsWith("/camunda/")) {
                    // the webapps' answer to an administrator depends on which engines this test JVM's other
                    // contexts registered (a 500 after some of them): AccessPathsTest checks it in the shared context;
                    // here only that everyone else is refused
                    continue;
                }
                if (answer.status() >= 500) {
                    wrong.add(line.getKey() + " as " + caller + ": " + answer.status());
                } else if (may && denied && !(answer.status() == 404 && pattern.contains("/alerts/{id}"))) {
                    wrong.add(line.getKey() + " as " + caller + ": refused (" + answer.status() + ") but the table allows it");
                } else if (!may && !denied) {
                    // a 400 too: the rights are looked at before the body (AccessBeforeInput)
                    wrong.add(line.getKey() + " as " + caller + ": answered " + answer.status() + " but the table refuses it");
                }
            }
        }
        System.out.println("Access matrix: " + combinations + " combinations of " + all.size() + " paths and " + CALLERS.size()
                + " callers");
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    /** Refused: not signed in (401, or the sign-in page), not allowed (403), or not visible (404). */
    private static boolean denied(Answer answer) {
        int status = answer.status();
        String location = answer.header("location");
        return status == 401 || status == 403 || status == 404
                || status == 302 && location != null && location.contains("/login");
    }

    private Answer call(String method, String path, String caller, String cookie, String csrf) throws Exception {
        boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/v3/api-docs");
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        if (!caller.equals("anonymous")) {
            if (api) {
                head.append("Authorization: Basic ")
                        .append(Base64.getEncoder().encodeToString((caller + ":demo").getBytes(StandardCharsets.UTF_8))).append("\r\n");
            } else {
                head.append("Cookie: ").append(cookie).append("\r\n");
                if (!method.equals("GET")) {
                    head.append("X-CSRF-TOKEN: ").append(csrf).append("\r\n");
                }
            }
        }
        byte[] body = new byte[0];
        if (!method.equals("GET") && !method.equals("DELETE")) {
            if (api) {
                head.append("Content-Type: application/json\r\n");
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n");
                body = "x=1".getBytes(StandardCharsets.UTF_8);
            }
        }
        return client.raw(port, head.toString(), body);
    }
}
