package org.advisorydesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of a database the product ran on before the record was typed: V9 classifies every row
 * of {@code request_event} into {@code case_entry}. Nothing is lost, and what was internal stays with
 * staff.
 */
class HistoryMigrationTest {

    private Flyway flyway;
    private JdbcClient jdbc;

    @BeforeEach
    void aDatabaseAtVersion7WithHistory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:history-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load();
        flyway.migrate();
        jdbc = JdbcClient.create(dataSource);
        // the engine's memberships, as Camunda keeps them
        jdbc.sql("CREATE TABLE ACT_ID_MEMBERSHIP (USER_ID_ VARCHAR(64), GROUP_ID_ VARCHAR(64))").update();
        jdbc.sql("INSERT INTO ACT_ID_MEMBERSHIP VALUES ('gov.paraguay', 'gov-pry'), ('ohchr.officer', 'ohchr'), ('manager', 'managers')").update();
        jdbc.sql("INSERT INTO assistance_request (id, reference, requesting_state, instruments, assistance_types, title, "
                + "description, contact_email, status, submitted_by, submitted_at, updated_at) VALUES (1, 'TA-2026-00001', "
                + "'PRY', 'ICRMW', 'LEGISLATIVE_REVIEW', 'Gap analysis', 'Law 978/96', 'f@example.org', 'IN_PROGRESS', "
                + "'gov.paraguay', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00')").update();
        jdbc.sql("INSERT INTO request_document (id, request_id, name, version, kind, media_type, size_bytes, sha256, "
                + "content, uploaded_by, uploaded_at) VALUES (7, 1, 'ley.pdf', 1, 'EXISTING_LAW', 'application/pdf', 3, "
                + "'0000000000000000000000000000000000000000000000000000000000000000', X'010203', 'gov.paraguay', "
                + "TIMESTAMP WITH TIME ZONE '2026-11-01 10:05:00+00')").update();
        event(1, "gov.paraguay", "STATUS", "SUBMITTED");
        event(2, "gov.paraguay", "COMMENT", "Urgent: the vote is in March");
        event(3, "ohchr.officer", "COMMENT", "On Prepare gap analysis: internal doubt about art. 12");
        event(4, "gov.paraguay", "DOCUMENT", "ley.pdf v1");
        event(5, null, "NOTIFICATION", "NEW_WORK to 2 recipients");
        event(6, null, "OVERDUE", "Prepare gap analysis");
        event(7, "manager", "STEP", "Approve deliverable — approvalDecision: REJECT; approvalComment: Too long");
        event(8, "coordinator", "ROUTING_OVERRIDE", "LEGISLATIVE_REVIEW: ILO with IOM (reason: internal capacity)");
    }

    private void event(int minute, String actor, String kind, String detail) {
        jdbc.sql("INSERT INTO request_event (request_id, occurred_at, actor, kind, detail) VALUES (1, ?, ?, ?, ?)")
                .params(java.time.OffsetDateTime.parse("2026-11-01T11:%02d:00Z".formatted(minute)), actor, kind, detail)
                .update();
    }

    @Test
    void everyRowBecomesAnEntryAndOnlyWhatConcernsTheGovernmentIsReadByIt() {
        flyway = Flyway.configure().configuration(flyway.getConfiguration()).target("latest").load();
        flyway.migrate();

        List<Map<String, Object>> entries = jdbc.sql("SELECT kind, audience, actor, actor_side, payload FROM case_entry "
                + "WHERE case_key = 'TA-2026-00001' ORDER BY occurred_at").query().listOfRows();
        assertThat(entries).extracting(e -> e.get("KIND") + "/" + e.get("AUDIENCE")).containsExactly(
                "STATUS_CHANGED/GOVERNMENT", "COMMENT/GOVERNMENT", "LEGACY/STAFF", "DOCUMENT_ADDED/GOVERNMENT",
                "NOTIFICATION_SENT/STAFF", "TASK_OVERDUE/STAFF", "LEGACY/STAFF", "LEGACY/STAFF");
        assertThat(entries).extracting(e -> e.get("ACTOR_SIDE")).containsExactly("GOVERNMENT:PRY", "GOVERNMENT:PRY",
                "AGENCY:OHCHR", "GOVERNMENT:PRY", "SYSTEM", "SYSTEM", "MANAGERS", "SYSTEM");
        assertThat((String) entries.get(3).get("PAYLOAD")).contains("\"documentId\":7", "\"name\":\"ley.pdf\"");
        assertThat((String) entries.get(6).get("PAYLOAD")).contains("Too long");
        assertThat((String) entries.get(7).get("PAYLOAD")).contains("internal capacity");
        assertThat(jdbc.sql("SELECT owner_side FROM request_document WHERE id = 7").query(String.class).single())
                .isEqualTo("GOVERNMENT:PRY");
        assertThat(jdbc.sql("SELECT submitted_side FROM assistance_request WHERE id = 1").query(String.class).single())
                .isEqualTo("GOVERNMENT:PRY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'REQUEST_EVENT'")
                .query(Long.class).single()).isZero();
    }
}
