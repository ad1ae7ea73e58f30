package org.advisorydesk.benchmark;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.Audiences;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.request.Routing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product's rows of seeded requests (assistance_request, request_routing, and their record in
 * case_entry), written in JDBC batches. The ids are given, so that routing can point at them in the same
 * batch; record entries name their request by its reference, as the product's do. A request's row
 * carries the intervals its recorded status changes give it ({@link RequestClock}).
 */
final class ProductRows {

    static final ActorSide COORDINATORS = ActorSide.ofGroups(Set.of(Groups.COORDINATORS));
    static final ActorSide MANAGERS = ActorSide.ofGroups(Set.of(Groups.MANAGERS));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Object[]> requests = new ArrayList<>();
    private final Map<Long, RequestClock> clocks = new LinkedHashMap<>();
    private final Map<String, Instant> lastChanges = new LinkedHashMap<>();
    private final List<Object[]> routing = new ArrayList<>();
    private final List<Object[]> entries = new ArrayList<>();

    void add(SeededRequest request, String title, String description) {
        requests.add(new Object[] {request.id(), request.reference(), request.state(), join(request.instruments()),
                join(request.assistanceTypes()), title, description,
                "focal.point@" + request.state().toLowerCase() + ".example.org", request.status().name(),
                request.submittedBy(), utc(request.submittedAt()), utc(request.updatedAt())});
        clocks.put(request.id(), new RequestClock(request.submittedAt()));
        lastChanges.put(request.reference(), request.updatedAt());
        for (Routing r : request.routing()) {
            routing.add(new Object[] {request.id(), r.assistanceType().name(), r.lead().name(), "LEAD"});
            for (Agency contributor : r.contributors()) {
                routing.add(new Object[] {request.id(), r.assistanceType().name(), contributor.name(), "CONTRIBUTOR"});
            }
        }
    }

    /** The side of the request's government ({@code GOVERNMENT:PRY}), as its focal point acts for it. */
    static ActorSide government(SeededRequest request) {
        return ActorSide.government(request.state());
    }

    /** A status change as the product records it: {@code from} (null for the first status) and {@code to}. */
    void status(SeededRequest request, Instant at, String actor, ActorSide side, RequestStatus from, RequestStatus to) {
        Map<String, Object> payload = new LinkedHashMap<>();
        if (from != null) {
            payload.put("from", from.name());
        }
        payload.put("to", to.name());
        clocks.get(request.id()).enter(to, at);
        entry(request, at, actor, side, EntryKind.STATUS_CHANGED, payload);
    }

    /** The request's routing as the routing decision records it, by the desk. */
    void routing(SeededRequest request, Instant at) {
        List<Map<String, Object>> routed = request.routing().stream()
                .map(r -> Map.<String, Object>of("assistanceType", r.assistanceType().name(), "lead", r.lead().name(),
                        "contributors", r.contributors().stream().map(Enum::name).toList()))
                .toList();
        entry(request, at, null, ActorSide.SYSTEM, EntryKind.ROUTING_DECIDED, Map.of("routing", routed));
    }

    void comment(SeededRequest request, Instant at, String actor, ActorSide side, String text) {
        entry(request, at, actor, side, EntryKind.COMMENT, Map.of("text", text));
    }

    /** An entry of the request's record, with the audience the product's one rule gives it. */
    private void entry(SeededRequest request, Instant at, String actor, ActorSide side, EntryKind kind,
            Map<String, Object> payload) {
        if (EntryKind.WORK.contains(kind)) {
            lastChanges.merge(request.reference(), at, (a, b) -> a.isAfter(b) ? a : b);
        }
        entries.add(new Object[] {request.reference(), utc(at), actor, side.stored(), kind.name(),
                Audiences.of(kind, side, payload).name(), json(payload)});
    }

    /** Writes what was added and forgets it. */
    int flush(JdbcTemplate jdbc) {
        List<Object[]> requestRows = new ArrayList<>(requests.size());
        for (Object[] request : requests) {
            Object[] intervals = clocks.get((Long) request[0]).columns();
            Object[] row = Arrays.copyOf(request, request.length + intervals.length + 1);
            System.arraycopy(intervals, 0, row, request.length, intervals.length);
            row[row.length - 1] = utc(lastChanges.get((String) request[1]));
            requestRows.add(row);
        }
        jdbc.batchUpdate("INSERT INTO assistance_request (id, reference, requesting_state, instruments, assistance_types, "
                + "title, description, contact_email, status, submitted_by, submitted_at, updated_at, status_since, "
                + "delivered_at, cycle_seconds, finished_at, agency_seconds, government_seconds, last_change_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requestRows);
        jdbc.batchUpdate("INSERT INTO request_routing (request_id, assistance_type, agency, role) VALUES (?, ?, ?, ?)", routing);
        jdbc.batchUpdate("INSERT INTO case_entry (case_key, occurred_at, actor, actor_side, kind, audience, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", entries);
        int rows = requests.size() + routing.size() + entries.size();
        requests.clear();
        clocks.clear();
        lastChanges.clear();
        routing.clear();
        entries.clear();
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

    private static String json(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A payload of texts, lists and maps: " + payload, e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
