package org.advisorydesk.benchmark;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.Routing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product's rows of seeded requests (assistance_request, request_routing, request_event), written in
 * JDBC batches. The ids are given, so that routing and events can point at them in the same batch.
 */
final class ProductRows {

    /** The history kinds the product writes (RequestService keeps its own constants package-private). */
    static final String STATUS = "STATUS";
    static final String ROUTING = "ROUTING";
    static final String COMMENT = "COMMENT";

    private final List<Object[]> requests = new ArrayList<>();
    private final List<Object[]> routing = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();

    void add(SeededRequest request, String title, String description) {
        requests.add(new Object[] {request.id(), request.reference(), request.state(), join(request.instruments()),
                join(request.assistanceTypes()), title, description,
                "focal.point@" + request.state().toLowerCase() + ".example.org", request.status().name(),
                request.submittedBy(), utc(request.submittedAt()), utc(request.updatedAt())});
        for (Routing r : request.routing()) {
            routing.add(new Object[] {request.id(), r.assistanceType().name(), r.lead().name(), "LEAD"});
            for (Agency contributor : r.contributors()) {
                routing.add(new Object[] {request.id(), r.assistanceType().name(), contributor.name(), "CONTRIBUTOR"});
            }
        }
    }

    void event(long requestId, Instant at, String actor, String kind, String detail) {
        events.add(new Object[] {requestId, utc(at), actor, kind, detail});
    }

    /** Writes what was added and forgets it. */
    int flush(JdbcTemplate jdbc) {
        jdbc.batchUpdate("INSERT INTO assistance_request (id, reference, requesting_state, instruments, assistance_types, "
                + "title, description, contact_email, status, submitted_by, submitted_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requests);
        jdbc.batchUpdate("INSERT INTO request_routing (request_id, assistance_type, agency, role) VALUES (?, ?, ?, ?)", routing);
        jdbc.batchUpdate("INSERT INTO request_event (request_id, occurred_at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)", events);
        int rows = requests.size() + routing.size() + events.size();
        requests.clear();
        routing.clear();
        events.clear();
        return rows;
    }

    /** The next request id and reference number continue after the seeded rows. */
    static void continueNumbersAfter(JdbcTemplate jdbc, long lastId, long lastReferenceNumber) {
        jdbc.execute("ALTER TABLE assistance_request ALTER COLUMN id RESTART WITH " + (lastId + 1));
        jdbc.execute("ALTER SEQUENCE request_reference_seq RESTART WITH " + (lastReferenceNumber + 1));
    }

    static String reference(Instant submittedAt, long number) {
        return "TA-%d-%05d".formatted(submittedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    private static String join(List<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
