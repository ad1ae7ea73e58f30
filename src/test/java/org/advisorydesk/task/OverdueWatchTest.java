package org.advisorydesk.task;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.Audience;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.treaty.MonitoringCases;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue watch over both kinds of case: a request's screening and a treaty-monitoring follow-up,
 * both past their due date, are each told to the managers once and noted in their case's record; and a
 * comment on a monitoring task lands in the monitoring case's record. The seeded register is shared by
 * every test of the context: Uganda and Tajikistan are parties no other test drives (Paraguay is only a
 * signatory, and other tests rely on its staying one).
 */
@DeskTest
class OverdueWatchTest {

    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));

    @LocalServerPort int port;
    @Autowired OverdueWatch watch;
    @Autowired RequestScenario scenario;
    @Autowired MonitoringCases monitoring;
    @Autowired CaseRecord caseRecord;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void seededRegister() {
        monitoring.seeded();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void overdueRequestAndMonitoringTasksAreEachToldToTheManagersOnceAndNotedInTheirRecords() {
        AssistanceRequest request = scenario.submit(aRequest());
        String reference = request.reference();
        Task followUp = monitoring.openFollowUp("UGA");
        CaseKey uganda = CaseKey.parse("UGA-ICRMW").orElseThrow();
        long monitoringNoticesBefore = overdueNotices(uganda.key()).size();

        // a staff task is due 14 days after it was created
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(15))));
        watch.check();

        ResponseEntity<JsonNode> details = ApiClient.as(port, "coordinator").get("/api/requests/" + reference);
        assertThat(details.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(details.getBody().path("overdueSince").asText()).as("overdueSince").isNotBlank();
        assertThat(scenario.history(request)).filteredOn(e -> e.kind() == EntryKind.TASK_OVERDUE).singleElement()
                .satisfies(e -> {
                    assertThat(e.text("taskKey")).isEqualTo("screen-request");
                    assertThat(e.side()).isEqualTo(ActorSide.SYSTEM);
                    assertThat(e.audience()).isEqualTo(Audience.STAFF);
                });
        assertThat(overdue(uganda)).singleElement().satisfies(e -> {
            assertThat(e.text("taskKey")).isEqualTo(MonitoringCases.FOLLOW_UP);
            assertThat(e.text("taskName")).isEqualTo(followUp.getName()).isEqualTo("Follow up overdue report");
            assertThat(e.text("due")).isEqualTo(followUp.getDueDate().toInstant().toString());
            assertThat(e.side()).isEqualTo(ActorSide.SYSTEM);
            assertThat(e.audience()).isEqualTo(Audience.STAFF);
        });
        assertThat(caseRecord.readBy(COORDINATOR, uganda))
                .filteredOn(e -> e.kind() == EntryKind.NOTIFICATION_SENT && "OVERDUE".equals(e.text("notice")))
                .hasSize(1);
        List<String> toldOfTheRequest = overdueNotices(reference);
        List<String> toldOfTheMonitoring = overdueNotices(uganda.key()).subList((int) monitoringNoticesBefore,
                overdueNotices(uganda.key()).size());
        assertThat(toldOfTheRequest).contains("manager@example.org").doesNotHaveDuplicates();
        assertThat(toldOfTheMonitoring).containsExactlyInAnyOrderElementsOf(toldOfTheRequest);

        int second = watch.check();

        assertThat(second).isZero();
        assertThat(overdueNotices(reference)).isEqualTo(toldOfTheRequest);
        assertThat(overdueNotices(uganda.key())).hasSize((int) monitoringNoticesBefore + toldOfTheMonitoring.size());
        assertThat(scenario.history(request)).filteredOn(e -> e.kind() == EntryKind.TASK_OVERDUE).hasSize(1);
        assertThat(overdue(uganda)).hasSize(1);
    }

    @Test
    void commentOnAMonitoringTaskLandsInTheMonitoringCasesRecord() {
        Task followUp = monitoring.openFollowUp("TJK");
        ApiClient ohchr = ApiClient.as(port, "ohchr.officer");
        assertThat(ohchr.get("/api/tasks").getBody().findValuesAsText("id")).as("ohchr's open tasks")
                .contains(followUp.getId());

        ResponseEntity<JsonNode> posted = ohchr.post("/api/tasks/" + followUp.getId() + "/comments",
                Map.of("text", "  Called the permanent mission in Geneva; the report is with the ministry.  "));

        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<CaseEntry> comments = caseRecord.readBy(COORDINATOR, CaseKey.parse("TJK-ICRMW").orElseThrow()).stream()
                .filter(e -> e.kind() == EntryKind.COMMENT).toList();
        assertThat(comments).singleElement().satisfies(e -> {
            assertThat(e.caseKey()).isEqualTo("TJK-ICRMW");
            assertThat(e.text("text")).isEqualTo("Called the permanent mission in Geneva; the report is with the ministry.");
            assertThat(e.text("taskKey")).isEqualTo(MonitoringCases.FOLLOW_UP);
            assertThat(e.text("taskName")).isEqualTo("Follow up overdue report");
            assertThat(e.actor()).isEqualTo("ohchr.officer");
            assertThat(e.side().stored()).isEqualTo("AGENCY:OHCHR");
            assertThat(e.audience()).isEqualTo(Audience.STAFF);
        });
    }

    private List<CaseEntry> overdue(CaseKey key) {
        return caseRecord.readBy(COORDINATOR, key).stream().filter(e -> e.kind() == EntryKind.TASK_OVERDUE).toList();
    }

    /** The recipients of the overdue notices about a case, oldest first (one row per recipient). */
    private List<String> overdueNotices(String caseKey) {
        return jdbc.sql("SELECT recipient FROM notification_outbox WHERE reference = ? AND kind = 'OVERDUE' ORDER BY id")
                .param(caseKey).query(String.class).list();
    }
}
