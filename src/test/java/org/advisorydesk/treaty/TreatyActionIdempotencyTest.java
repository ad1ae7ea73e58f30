package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code Idempotency-Key} on a treaty action: the generic mechanism, no treaty code knows of keys. */
@DeskTest
class TreatyActionIdempotencyTest {

    @LocalServerPort int port;
    @Autowired TreatySeed treatySeed;

    @Test
    void aTreatyActionRetriedWithItsKeyIsRecordedOnceWithoutTheTreatyCodeKnowingOfKeys() throws Exception {
        treatySeed.seedIfEmpty(); // an action on an empty register would keep the other tests' seed out
        ApiClient coordinator = ApiClient.as(port, "coordinator");
        String key = UUID.randomUUID().toString();
        Map<String, String> signature = Map.of("instrument", "ICRMW", "action", "SIGNATURE", "date", "2020-01-10");

        ResponseEntity<JsonNode> first = coordinator.post("/api/states/ISL/actions", signature, key);
        ResponseEntity<JsonNode> again = coordinator.post("/api/states/ISL/actions", signature, key);
        ResponseEntity<JsonNode> withoutKey = coordinator.post("/api/states/ISL/actions", signature);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(withoutKey.getStatusCode()).as("signing twice, a new call").isEqualTo(HttpStatus.BAD_REQUEST);
    }

}
