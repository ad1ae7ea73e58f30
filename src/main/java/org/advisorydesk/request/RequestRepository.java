package org.advisorydesk.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.kernel.DatabaseProduct;
import org.advisorydesk.kernel.FigureChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The product's own tables for requests and their routing. */
@Repository
class RequestRepository {

    private static final String COLUMNS = "id, reference, requesting_state, instruments, assistance_types, title, "
            + "description, contact_email, status, submitted_by, submitted_at, updated_at, overdue_since, submitted_side, last_change_at";

    /** The order of a list, the most recent first: by the staff's last change, or by the last status change a government sees. */
    enum Order {
        LAST_CHANGE("a.last_change_at"), LAST_STATUS_CHANGE("a.updated_at");

        private final String column;

        Order(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final DataFieldMaxValueIncrementer referenceSequence;
    private final FigureChanges figureChanges;

    RequestRepository(JdbcClient jdbc, DataSource dataSource, FigureChanges figureChanges) {
        this.jdbc = jdbc;
        this.figureChanges = figureChanges;
        this.referenceSequence = sequence(dataSource);
    }

    private static DataFieldMaxValueIncrementer sequence(DataSource dataSource) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL
                ? new PostgresSequenceMaxValueIncrementer(dataSource, "request_reference_seq")
                : new H2SequenceMaxValueIncrementer(dataSource, "request_reference_seq");
    }

    long nextReferenceNumber() {
        return referenceSequence.nextLongValue();
    }

    long insert(AssistanceRequest request) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assistance_request (reference, requesting_state, instruments, assistance_types, title, "
                        + "description, contact_email, status, submitted_by, submitted_at, updated_at, submitted_side, status_since, "
                        + "last_change_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(request.reference(), request.requestingState(), join(request.instruments()),
                        join(request.assistanceTypes()), request.title(), request.description(),
                        request.contactEmail(), request.status().name(), request.submittedBy(),
                        utc(request.submittedAt()), utc(request.updatedAt()), request.submittedSide(),
                        utc(request.submittedAt()), utc(request.lastChangeAt()))
                .update(keys, "id");
        figureChanges.changed(request.submittedAt());
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The request's status, its row locked until the transaction ends. */
    Optional<RequestStatus> lockStatus(String reference) {
        return jdbc.sql("SELECT status FROM assistance_request WHERE reference = ? FOR UPDATE")
                .param(reference).query((rs, n) -> RequestStatus.valueOf(rs.getString(1))).optional();
    }

    Optional<AssistanceRequest> findByReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_request WHERE reference = ?")
                .param(reference).query(RequestRepository::map).optional();
    }

    /**
     * A page of the requests that match, the most recently changed first in that order; {@code state}
     * (when not null) and {@code agencies} (when not null: routed to one of them) narrow what the user may see.
     */
    RequestList search(RequestSearch search, String state, Collection<Agency> agencies, Order order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (state != null) {
            where.append(" AND a.requesting_state = :state");
            params.put("state", state);
        }
        if (agencies != null) {
            where.append(" AND EXISTS (SELECT 1 FROM request_routing r WHERE r.request_id = a.id AND r.agency IN (:agencies))");
            params.put("agencies", agencies.isEmpty() ? List.of("-") : agencies.stream().map(Enum::name).toList());
        }
        if (search.standing() != RequestSearch.Standing.ALL) {
            where.append(search.standing() == RequestSearch.Standing.OPEN ? " AND a.status NOT IN (:final)" : " AND a.status IN (:final)");
            params.put("final", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isFinal).map(Enum::name).toList());
        }
        if (search.text() != null) {
            where.append(" AND (UPPER(a.reference) LIKE :text ESCAPE '\\' OR UPPER(a.title) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + search.text().toUpperCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM assistance_request a" + where).params(params)
                .query(Long.class).single();
        List<AssistanceRequest> page = jdbc.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1a.") + " FROM assistance_request a"
                        + where + " ORDER BY " + order.column + " DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", search.size()).param("offset", (long) search.page() * search.size())
                .query(RequestRepository::map).list();
        return new RequestList(search, page, total);
    }

    List<AssistanceRequest> findByReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance_request WHERE reference IN (:references)")
                .param("references", references).query(RequestRepository::map).list();
    }

    /**
     * The request leaves {@code from} for {@code to}: the time since it entered {@code from} is added to
     * the agencies' clock or the government's; the first delivery and the end are kept with their time.
     */
    void updateStatus(long requestId, RequestStatus from, RequestStatus to, Instant at) {
        Instant[] times = jdbc.sql("SELECT submitted_at, COALESCE(status_since, submitted_at) FROM assistance_request WHERE id = ?")
                .param(requestId)
                .query((rs, n) -> new Instant[] {rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant()})
                .single();
        long elapsed = seconds(times[1], at);
        long agency = from.isFinal() || from.withGovernment() ? 0 : elapsed;
        long government = from.withGovernment() ? elapsed : 0;
        boolean delivered = to == RequestStatus.DELIVERED;
        jdbc.sql("UPDATE assistance_request SET status = ?, updated_at = ?, status_since = ?, "
                        + "agency_seconds = agency_seconds + ?, government_seconds = government_seconds + ?, "
                        + "delivered_at = CASE WHEN ? AND delivered_at IS NULL THEN ? ELSE delivered_at END, "
                        + "cycle_seconds = CASE WHEN ? AND cycle_seconds IS NULL THEN ? ELSE cycle_seconds END, "
                        + "finished_at = CASE WHEN ? THEN ? ELSE NULL END WHERE id = ?")
                .params(to.name(), utc(at), utc(at), agency, government, delivered, utc(at), delivered,
                        seconds(times[0], at), to.isFinal(), utc(at), requestId)
                .update();
        figureChanges.changed(at);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    /** Work was recorded on the request at this moment: its staff's last change moves there, never back. */
    void workRecorded(String reference, Instant at) {
        jdbc.sql("UPDATE assistance_request SET last_change_at = ? WHERE reference = ? AND last_change_at < ?")
                .params(utc(at), reference, utc(at)).update();
    }

    /** Marks the request overdue from this moment, unless it already is; true when it was not. */
    boolean markOverdue(long requestId, Instant at) {
        return jdbc.sql("UPDATE assistance_request SET overdue_since = ? WHERE id = ? AND overdue_since IS NULL")
                .params(utc(at), requestId).update() == 1;
    }

    void replaceRouting(long requestId, List<Routing> routing) {
        jdbc.sql("DELETE FROM request_routing WHERE request_id = ?").param(requestId).update();
        for (Routing r : routing) {
            insertRouting(requestId, r.assistanceType(), r.lead(), "LEAD");
            r.contributors().forEach(c -> insertRouting(requestId, r.assistanceType(), c, "CONTRIBUTOR"));
        }
        figureChanges.changedRequest(requestId);
    }

    private void insertRouting(long requestId, AssistanceType type, Agency agency, String role) {
        jdbc.sql("INSERT INTO request_routing (request_id, assistance_type, agency, role) VALUES (?, ?, ?, ?)")
                .params(requestId, type.name(), agency.name(), role).update();
    }

    /** The routing per assistance type, in the order of {@link AssistanceType}. */
    List<Routing> routingOf(long requestId) {
        Map<AssistanceType, Agency> leads = new LinkedHashMap<>();
        Map<AssistanceType, List<Agency>> contributors = new LinkedHashMap<>();
        jdbc.sql("SELECT assistance_type, agency, role FROM request_routing WHERE request_id = ? "
                        + "ORDER BY assistance_type, agency")
                .param(requestId)
                .query((rs, n) -> {
                    AssistanceType type = AssistanceType.valueOf(rs.getString("assistance_type"));
                    Agency agency = Agency.valueOf(rs.getString("agency"));
                    if ("LEAD".equals(rs.getString("role"))) {
                        leads.put(type, agency);
                    } else {
                        contributors.computeIfAbsent(type, t -> new ArrayList<>()).add(agency);
                    }
                    return type;
                }).list();
        return leads.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Routing(e.getKey(), e.getValue(),
                        contributors.getOrDefault(e.getKey(), List.of()).stream().sorted().toList()))
                .toList();
    }

    private static AssistanceRequest map(ResultSet rs, int row) throws SQLException {
        return new AssistanceRequest(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("requesting_state"),
                split(rs.getString("instruments"), Instrument::valueOf),
                split(rs.getString("assistance_types"), AssistanceType::valueOf),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("contact_email"),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                instant(rs, "updated_at"),
                rs.getObject("overdue_since", OffsetDateTime.class) == null ? null : instant(rs, "overdue_since"),
                rs.getString("submitted_side"),
                instant(rs, "last_change_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String join(List<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).toList());
    }

    private static <E> List<E> split(String joined, Function<String, E> parse) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(parse).toList();
    }

}
