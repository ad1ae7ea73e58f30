package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Issue 11: the managers' alerts as JSON. */
@DeskTest
class AlertApiTest {

    static final String ALERTS = "/api/dashboard/alerts";

    @LocalServerPort int port;

    @Test
    void aManagerAddsListsAndDeletesAnAlert() {
        ResponseEntity<JsonNode> added = ApiClient.as(port, "manager").post(ALERTS,
                Map.of("metric", "ON_TIME_SHARE", "agency", "OHCHR", "comparison", "BELOW", "threshold", 80.5));

        assertThat(added.getStatusCode().value()).isEqualTo(201);
        long id = added.getBody().path("id").asLong();
        assertThat(added.getHeaders().getLocation()).hasPath(ALERTS + "/" + id);
        assertThat(added.getBody().path("metric").asText()).isEqualTo("ON_TIME_SHARE");
        assertThat(added.getBody().path("threshold").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(added.getBody().path("crossed").asBoolean()).isFalse();
        assertThat(ApiClient.as(port, "coordinator").get(ALERTS).getBody())
                .anySatisfy(rule -> assertThat(rule.path("id").asLong()).isEqualTo(id));

        assertThat(delete("manager", id)).isEqualTo(204);
        assertThat(delete("manager", id)).as("unknown now").isEqualTo(404);
    }

    @Test
    void aBadAlertIsA400NamingEachBadField() {
        ResponseEntity<JsonNode> answer = ApiClient.as(port, "manager").post(ALERTS,
                Map.of("metric", "SPEED", "comparison", "ABOVE", "threshold", -1));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsExactly("metric", "threshold");
    }

    @Test
    void aThresholdThatIsNoNumberIsNamed() {
        ResponseEntity<JsonNode> answer = ApiClient.as(port, "manager").postRaw(ALERTS,
                "{\"metric\":\"OPEN_REQUESTS\",\"comparison\":\"ABOVE\",\"threshold\":\"lots\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsExactly("threshold");
    }

    @Test
    void onlyManagersChangeAlertsAndGovernmentsSeeNone() {
        Map<String, Object> rule = Map.of("metric", "OPEN_REQUESTS", "comparison", "ABOVE", "threshold", 3);

        assertThat(ApiClient.as(port, "coordinator").post(ALERTS, rule).getStatusCode().value()).isEqualTo(403);
        assertThat(ApiClient.as(port, "ilo.officer").post(ALERTS, rule).getStatusCode().value()).isEqualTo(403);
        assertThat(ApiClient.as(port, "ilo.officer").get(ALERTS).getStatusCode().value()).isEqualTo(403);
        assertThat(ApiClient.as(port, "gov.paraguay").get(ALERTS).getStatusCode().value()).isEqualTo(403);
        assertThat(delete("ilo.officer", 1)).isEqualTo(403);
    }

    private int delete(String user, long id) {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .delete().uri(ALERTS + "/" + id).retrieve().toBodilessEntity().getStatusCode().value();
    }
}
