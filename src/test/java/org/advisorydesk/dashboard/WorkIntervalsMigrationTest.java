package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database the product ran on before the dashboards: V11 fills each earlier request's intervals from
 * the status changes of its record, and each user task the engine's history knows into task_interval.
 */
class WorkIntervalsMigrationTest {

    private JdbcClient jdbc;

    @Test
    void earlierRequestsAndTasksGetTheirIntervals() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:intervals-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load().migrate();
        jdbc.sql("CREATE TABLE ACT_ID_MEMBERSHIP (USER_ID_ VARCHAR(64), GROUP_ID_ VARCHAR(64))").update();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
        jdbc.sql("INSERT INTO assistance_request (id, reference, requesting_state, instruments, assistance_types, title, "
                + "description, contact_email, status, submitted_by, submitted_at, updated_at) VALUES (1, 'TA-2026-00001', "
                + "'PRY', 'ILO_C97', 'REPORTING_SUPPORT', 'Report', 'C97 report', 'f@example.org', 'CLOSED', "
                + "'gov.paraguay', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00')").update();
        status(1, "SUBMITTED", "IN_SCREENING");
        status(3, "IN_SCREENING", "AWAITING_CLARIFICATION");
        status(5, "AWAITING_CLARIFICATION", "IN_SCREENING");
        status(6, "IN_SCREENING", "IN_PROGRESS");
        status(12, "IN_PROGRESS", "DELIVERED");
        status(15, "DELIVERED", "CLOSED");
        // what the engine's history holds of the request's screening and of an approval of ILO's work
        jdbc.sql("CREATE TABLE ACT_HI_PROCINST (ID_ VARCHAR(64), BUSINESS_KEY_ VARCHAR(255))").update();
        jdbc.sql("CREATE TABLE ACT_HI_TASKINST (ID_ VARCHAR(64), PROC_INST_ID_ VARCHAR(64), PROC_DEF_KEY_ VARCHAR(255), "
                + "TASK_DEF_KEY_ VARCHAR(255), NAME_ VARCHAR(255), ASSIGNEE_ VARCHAR(255), START_TIME_ TIMESTAMP, "
                + "END_TIME_ TIMESTAMP, DUE_DATE_ TIMESTAMP, DELETE_REASON_ VARCHAR(4000))").update();
        jdbc.sql("CREATE TABLE ACT_HI_IDENTITYLINK (TASK_ID_ VARCHAR(64), GROUP_ID_ VARCHAR(255), TYPE_ VARCHAR(255), "
                + "OPERATION_TYPE_ VARCHAR(64))").update();
        jdbc.sql("CREATE TABLE ACT_HI_VARINST (PROC_INST_ID_ VARCHAR(64), TASK_ID_ VARCHAR(64), NAME_ VARCHAR(255), "
                + "TEXT_ VARCHAR(4000))").update();
        jdbc.sql("INSERT INTO ACT_HI_PROCINST VALUES ('p1', 'TA-2026-00001'), ('b1', 'TA-2026-00001')").update();
        jdbc.sql("INSERT INTO ACT_HI_TASKINST VALUES ('t1', 'p1', 'assistance-request', 'screen-request', 'Screen request', "
                + "'coordinator', TIMESTAMP '2026-11-01 00:00:00', TIMESTAMP '2026-11-03 00:00:00', TIMESTAMP '2026-11-06 00:00:00', 'completed'), "
                + "('t2', 'b1', 'reporting-support', 'approve-deliverable', 'Approve deliverable', 'manager', "
                + "TIMESTAMP '2026-11-10 00:00:00', TIMESTAMP '2026-11-12 00:00:00', TIMESTAMP '2026-11-11 00:00:00', 'completed')").update();
        jdbc.sql("INSERT INTO ACT_HI_IDENTITYLINK VALUES ('t1', 'coordinators', 'candidate', 'add'), "
                + "('t2', 'managers', 'candidate', 'add')").update();
        jdbc.sql("INSERT INTO ACT_HI_VARINST VALUES ('b1', NULL, 'leadGroup', 'ilo'), ('b1', NULL, 'assistanceType', 'REPORTING_SUPPORT')").update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        Map<String, Object> request = jdbc.sql("SELECT delivered_at, cycle_seconds, finished_at, agency_seconds, "
                + "government_seconds, status_since FROM assistance_request WHERE id = 1").query().singleRow();
        // with the agencies: days 0–3 and 5–12 (10 days); with the government: 3–5 and 12–15 (5 days)
        assertThat(request.get("AGENCY_SECONDS")).isEqualTo(10 * 86_400L);
        assertThat(request.get("GOVERNMENT_SECONDS")).isEqualTo(5 * 86_400L);
        assertThat(request.get("CYCLE_SECONDS")).isEqualTo(12 * 86_400L);
        assertThat(((OffsetDateTime) request.get("FINISHED_AT")).toInstant()).isEqualTo(day(15).toInstant());
        assertThat(((OffsetDateTime) request.get("DELIVERED_AT")).toInstant()).isEqualTo(day(12).toInstant());

        Map<String, Object> screening = jdbc.sql("SELECT side, agency, state, open_seconds, completed, on_time, is_open "
                + "FROM task_interval WHERE task_id = 't1'").query().singleRow();
        assertThat(screening.get("SIDE")).isEqualTo("COORDINATORS");
        assertThat(screening.get("STATE")).isEqualTo("PRY");
        assertThat(screening.get("OPEN_SECONDS")).isEqualTo(2 * 86_400L);
        assertThat(screening.get("ON_TIME")).isEqualTo(true);
        assertThat(screening.get("IS_OPEN")).isEqualTo(false);
        Map<String, Object> approval = jdbc.sql("SELECT side, agency, assistance_type, on_time FROM task_interval "
                + "WHERE task_id = 't2'").query().singleRow();
        assertThat(approval.get("SIDE")).isEqualTo("MANAGERS");
        assertThat(approval.get("AGENCY")).as("the lead agency whose work was approved").isEqualTo("ILO");
        assertThat(approval.get("ASSISTANCE_TYPE")).isEqualTo("REPORTING_SUPPORT");
        assertThat(approval.get("ON_TIME")).isEqualTo(false);
    }

    private void status(int day, String from, String to) {
        jdbc.sql("INSERT INTO case_entry (case_key, occurred_at, actor, actor_side, kind, audience, payload) "
                        + "VALUES ('TA-2026-00001', ?, NULL, 'SYSTEM', 'STATUS_CHANGED', 'GOVERNMENT', ?)")
                .params(day(day), "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}")
                .update();
    }

    private static OffsetDateTime day(int n) {
        return OffsetDateTime.parse("2026-11-01T00:00:00Z").plusDays(n);
    }
}
