package org.advisorydesk.dashboard;

import static org.advisorydesk.dashboard.DashboardScript.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Issue 11: the dashboard's figures against a scripted month whose answers are known ({@link DashboardScript}). */
@DeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    @LocalServerPort int port;
    @Autowired DashboardScript script;
    @Autowired DashboardRollups rollups;
    @Autowired JdbcClient jdbc;

    private DashboardScript.Made made;
    private JsonNode figures;

    /** In each test, not before all: the engine's flow-node coverage records only while a test runs. */
    @BeforeEach
    void makeTheMonthOnce() {
        if (figures != null) {
            return;
        }
        try {
            made = script.run();
            figures = manager().get("/api/dashboard?" + PERIOD).getBody();
        } finally {
            ClockUtil.reset();
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void headlineFiguresCountTheRequestsOfThePeriod() {
        assertThat(figures.path("submitted").asLong()).isEqualTo(4);
        assertThat(figures.path("delivered").asLong()).isEqualTo(1);
        assertThat(figures.path("closed").asLong()).isEqualTo(1);
        assertThat(figures.path("rejected").asLong()).isEqualTo(1);
        assertThat(figures.path("lapsed").asLong()).isZero();
        assertThat(figures.path("open").asLong()).isEqualTo(2);
        assertThat(figures.path("byStatus").path("AWAITING_CLARIFICATION").asLong()).isEqualTo(1);
        assertThat(figures.path("byStatus").path("IN_SCREENING").asLong()).isEqualTo(1);
        assertThat(figures.path("byStatus").path("IN_PROGRESS").asLong()).isZero();
        assertThat(figures.path("previous").path("submitted").asLong()).isZero();
        assertThat(figures.path("previous").path("to").asText()).isEqualTo("2031-02-28");
        assertThat(figures.path("byMonth")).hasSize(1);
        assertThat(figures.path("byMonth").get(0).path("month").asText()).isEqualTo("2031-03");
        assertThat(figures.path("byMonth").get(0).path("submitted").asLong()).isEqualTo(4);
        assertThat(figures.path("byMonth").get(0).path("delivered").asLong()).isEqualTo(1);
    }

    @Test
    void cycleTimeAndTheClockThatPausesWhileTheGovernmentHasTheBall() {
        assertThat(figures.path("cycleTimeDays").path("median").asDouble()).isEqualTo(11.0);
        assertThat(figures.path("cycleTimeDays").path("count").asLong()).isEqualTo(1);
        // finished: A 11 days with the agencies and 4 with the government; B 16 days with the agencies
        assertThat(figures.path("timeSplit").path("withAgenciesDays").path("median").asDouble()).isEqualTo(13.5);
        assertThat(figures.path("timeSplit").path("withGovernmentDays").path("median").asDouble()).isEqualTo(2.0);
        assertThat(figures.path("timeSplit").path("withGovernmentDays").path("count").asLong()).isEqualTo(2);
        // C waits for its clarification since day 6: 14 days on day 20
        assertThat(figures.path("waitingForGovernment").path("count").asLong()).isEqualTo(1);
        assertThat(figures.path("waitingForGovernment").path("medianDays").asDouble()).isEqualTo(14.0);
    }

    @Test
    void tasksOnTimeOverdueAndHowLongEachKindWaits() {
        // staff tasks completed in March: A's screening, routing, plan, two outcomes, two approvals; B's and C's screening
        assertThat(figures.path("onTime").path("completed").asLong()).isEqualTo(9);
        assertThat(figures.path("onTime").path("onTime").asLong()).isEqualTo(8);
        assertThat(figures.path("overdueTasks").asLong()).isEqualTo(1);
        JsonNode screening = taskTimes("assistance-request", "screen-request");
        // A claimed after a day and done a day later; B and C done without a claim, after 16 days and 1 day
        assertThat(screening.path("waitBeforeClaimHours").path("median").asDouble()).isEqualTo(24.0);
        assertThat(screening.path("waitBeforeClaimHours").path("count").asLong()).isEqualTo(3);
        assertThat(screening.path("openHours").path("median").asDouble()).isEqualTo(48.0);
        assertThat(screening.path("meanOpenHours").asDouble()).isEqualTo(152.0);
        JsonNode plan = taskTimes("reporting-support", "plan-assistance");
        assertThat(plan.path("waitBeforeClaimHours").path("median").asDouble()).isEqualTo(24.0);
        assertThat(plan.path("timeToCompleteHours").path("median").asDouble()).isEqualTo(48.0);
        JsonNode review = taskTimes("assistance-request", "review-deliverables");
        assertThat(review.path("openHours").path("median").asDouble()).isEqualTo(96.0);
    }

    @Test
    void loadPerAgencyAndOfficerAndTheOldestOpenTasks() {
        JsonNode coordinators = byAgency("COORDINATORS");
        assertThat(coordinators.path("openTasks").asLong()).isEqualTo(1);
        assertThat(coordinators.path("overdueTasks").asLong()).isEqualTo(1);
        assertThat(figures.path("byOfficer")).anySatisfy(o -> {
            assertThat(o.path("agency").asText()).isEqualTo("COORDINATORS");
            assertThat(o.has("assignee")).isFalse();
            assertThat(o.path("overdueTasks").asLong()).isEqualTo(1);
        });
        for (JsonNode agency : figures.path("byAgency")) {
            long routed = jdbc.sql("SELECT COUNT(DISTINCT a.id) FROM assistance_request a JOIN request_routing r ON r.request_id = a.id "
                            + "WHERE a.requesting_state = 'NPL' AND a.status IN " + DashboardQueries.OPEN_STATUSES + " AND r.agency = ?")
                    .param(agency.path("agency").asText()).query(Long.class).single();
            assertThat(agency.path("openRequests").asLong()).as("open requests routed to " + agency.path("agency")).isEqualTo(routed);
        }
        assertThat(figures.path("oldestTasks")).hasSize(1);
        assertThat(figures.path("oldestTasks").get(0).path("caseKey").asText()).isEqualTo(made.d().reference());
        assertThat(figures.path("oldestTasks").get(0).path("overdue").asBoolean()).isTrue();
    }

    @Test
    void qualityOfTheDeliverables() {
        JsonNode approvals = figures.path("quality").path("approvals");
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0).path("agency").asText()).isEqualTo("ILO");
        assertThat(approvals.get(0).path("reviewed").asLong()).isEqualTo(2);
        assertThat(approvals.get(0).path("rejected").asLong()).isEqualTo(1);
        assertThat(approvals.get(0).path("rejectedShare").asDouble()).isEqualTo(0.5);
        assertThat(figures.path("quality").path("acceptance").path("closed").asLong()).isEqualTo(1);
        assertThat(figures.path("quality").path("acceptance").path("withoutQuestion").asLong()).isEqualTo(1);
    }

    @Test
    void filtersNarrowTheFigures() {
        try {
            ClockUtil.setCurrentTime(Date.from(DashboardScript.READ_ON));
            JsonNode iom = manager().get("/api/dashboard?" + PERIOD + "&agency=IOM").getBody();
            assertThat(iom.path("submitted").asLong()).isZero();
            assertThat(iom.path("overdueTasks").asLong()).isZero();
            JsonNode icrmw = manager().get("/api/dashboard?" + PERIOD + "&instrument=ICRMW").getBody();
            assertThat(icrmw.path("submitted").asLong()).isZero();
            JsonNode april = manager().get("/api/dashboard?state=NPL&from=2031-04-01&to=2031-04-30").getBody();
            assertThat(april.path("submitted").asLong()).isZero();
            assertThat(april.path("previous").path("submitted").asLong()).isEqualTo(4);
            assertThat(april.path("open").asLong()).as("open now, whatever the period").isEqualTo(2);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void agencyStaffSeeTheirAgencysFiguresOnlyAndGovernmentsNone() {
        try {
            ClockUtil.setCurrentTime(Date.from(DashboardScript.READ_ON));
            ResponseEntity<JsonNode> ilo = ApiClient.as(port, "ilo.officer").get("/api/dashboard?" + PERIOD);
            assertThat(ilo.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ilo.getBody().path("filters").path("agency").asText()).isEqualTo("ILO");
            assertThat(ilo.getBody().path("byAgency")).allSatisfy(a -> assertThat(a.path("agency").asText()).isEqualTo("ILO"));
            assertThat(ilo.getBody().path("overdueTasks").asLong()).as("the coordinators' overdue screening").isZero();
            assertThat(ApiClient.as(port, "ilo.officer").get("/api/dashboard?agency=OHCHR").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(ApiClient.as(port, "gov.paraguay").get("/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(ApiClient.as(port, "gov.paraguay").get("/api/dashboard/requests.csv").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(ApiClient.as(port, "coordinator").get("/api/dashboard?" + PERIOD).getBody().path("submitted").asLong())
                    .isEqualTo(4);
            assertThat(ApiClient.anonymous(port).get("/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Only Nepal has work in March 2031: the desk's figures of that month, read from the rollups (its
     * days while it is the current month, the month's own rows once it has ended), are Nepal's, read
     * from the tables; so are those of each filter.
     */
    @Test
    void theRollupsOfDaysAndMonthsGiveTheFiguresOfTheTables() {
        List<String> filters = List.of("", "&agency=ILO", "&instrument=ILO_C97", "&assistanceType=REPORTING_SUPPORT",
                "&agency=IOM&instrument=ICRMW");
        try {
            for (Instant foldedOn : List.of(DashboardScript.READ_ON, Instant.parse("2031-05-10T00:00:00Z"))) {
                ClockUtil.setCurrentTime(Date.from(foldedOn));
                rollups.fold();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM dashboard_change WHERE changed_on < ?")
                        .param(LocalDate.ofInstant(foldedOn, ZoneOffset.UTC)).query(Long.class).single()).isZero();
                String grain = foldedOn.equals(DashboardScript.READ_ON) ? DashboardRollups.DAY : DashboardRollups.MONTH;
                assertThat(jdbc.sql("SELECT COUNT(*) FROM dashboard_rollup WHERE grain = ? AND period_start >= ? AND period_start < ?")
                        .params(grain, LocalDate.parse("2031-03-01"), LocalDate.parse("2031-04-01")).query(Long.class).single())
                        .as("rollup rows of grain " + grain).isPositive();
                // the whole month; most of it once it has ended (its row less the days left out: the
                // first delivery and the submissions fall before the 10th); a few days of the month before
                for (String period : List.of("from=2031-03-01&to=2031-03-31", "from=2031-03-10&to=2031-03-31",
                        "from=2031-02-25&to=2031-03-31", "from=2031-03-01&to=2031-03-25")) {
                    for (String filter : filters) {
                        JsonNode nepal = manager().get("/api/dashboard?state=NPL&" + period + filter).getBody();
                        JsonNode desk = manager().get("/api/dashboard?" + period + filter).getBody();
                        for (String figure : List.of("submitted", "delivered", "closed", "rejected", "lapsed", "withdrawn",
                                "cycleTimeDays", "onTime", "byMonth", "taskTimes", "timeSplit", "quality")) {
                            assertThat(desk.path(figure)).as(figure + " " + period + filter + " folded on " + foldedOn)
                                    .isEqualTo(nepal.path(figure));
                        }
                        assertThat(desk.path("previous")).as("previous " + period + filter).isEqualTo(nepal.path("previous"));
                    }
                }
                assertThat(manager().get("/api/dashboard?from=2031-03-10&to=2031-03-31").getBody().path("submitted").asLong())
                        .as("the submissions fall before the 10th").isLessThan(
                                manager().get("/api/dashboard?from=2031-03-01&to=2031-03-31").getBody().path("submitted").asLong());
            }
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aMonthFoldedAnewIsReadAnewNotFromTheRowsDecodedBefore() {
        String march = "from=2031-03-01&to=2031-03-31";
        Long moved = null;
        java.time.OffsetDateTime was = null;
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-05-10T00:00:00Z")));
            rollups.fold();
            long before = manager().get("/api/dashboard?" + march).getBody().path("submitted").asLong();
            assertThat(before).isPositive();
            // a restore moved one request's submission from March to April: its days marked, the next fold writes March anew
            moved = jdbc.sql("SELECT MIN(id) FROM assistance_request WHERE submitted_at >= ? AND submitted_at < ?")
                    .params(LocalDate.parse("2031-03-01"), LocalDate.parse("2031-04-01")).query(Long.class).single();
            was = jdbc.sql("SELECT submitted_at FROM assistance_request WHERE id = ?").param(moved)
                    .query(java.time.OffsetDateTime.class).single();
            moveSubmission(moved, java.time.OffsetDateTime.parse("2031-04-02T10:00:00Z"), was);
            rollups.fold();

            JsonNode after = manager().get("/api/dashboard?" + march).getBody();
            assertThat(after.path("submitted").asLong()).as("March as folded anew").isEqualTo(before - 1);
            assertThat(after.path("submitted")).as("as the tables give it")
                    .isEqualTo(manager().get("/api/dashboard?state=NPL&" + march).getBody().path("submitted"));
        } finally {
            if (moved != null) {
                moveSubmission(moved, was, java.time.OffsetDateTime.parse("2031-04-02T10:00:00Z"));
                rollups.fold();
            }
            ClockUtil.reset();
        }
    }

    private void moveSubmission(long request, java.time.OffsetDateTime to, java.time.OffsetDateTime from) {
        jdbc.sql("UPDATE assistance_request SET submitted_at = ? WHERE id = ?").params(to, request).update();
        jdbc.sql("INSERT INTO dashboard_change (changed_on) VALUES (?), (?)")
                .params(from.toLocalDate(), to.toLocalDate()).update();
    }

    @Test
    void badFiltersAreNamed() {
        assertProblem("/api/dashboard?state=XXX", "state");
        assertProblem("/api/dashboard?from=2031-13-01", "from");
        assertProblem("/api/dashboard?from=2031-03-10&to=2031-03-01", "to");
        assertProblem("/api/dashboard?agency=WHO", "agency");
        assertProblem("/api/dashboard?assistanceType=LUNCH", "assistanceType");
        assertProblem("/api/dashboard/requests.csv?figure=everything", "figure");
        assertThat(manager().get("/api/dashboard/nothing.csv").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRequestsOfAFigureAsCsv() {
        try {
            ClockUtil.setCurrentTime(Date.from(DashboardScript.READ_ON));
            ResponseEntity<byte[]> csv = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultHeaders(h -> h.setBasicAuth("manager", "demo")).build()
                    .get().uri("/api/dashboard/requests.csv?" + PERIOD).retrieve().toEntity(byte[].class);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("reference,state,status,instruments,assistanceTypes,leadAgencies,submitted,"
                    + "delivered,closed,daysWithAgencies,daysWithGovernment");
            assertThat(lines).hasSize(5);
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(made.a().reference() + ",NPL,CLOSED,ILO_C97,REPORTING_SUPPORT,ILO,")
                    .endsWith(",11.0,4.0"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(made.c().reference() + ",NPL,AWAITING_CLARIFICATION")
                    .endsWith(",1.0,14.0"));
            String closed = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultHeaders(h -> h.setBasicAuth("manager", "demo")).build()
                    .get().uri("/api/dashboard/requests.csv?figure=closed&" + PERIOD).retrieve().body(String.class);
            assertThat(closed.lines()).hasSize(2);
            String ended = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultHeaders(h -> h.setBasicAuth("manager", "demo")).build()
                    .get().uri("/api/dashboard/requests.csv?figure=ended&" + PERIOD).retrieve().body(String.class);
            assertThat(ended.lines()).as("A closed and B out of scope").hasSize(3);
            String agencies = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultHeaders(h -> h.setBasicAuth("manager", "demo")).build()
                    .get().uri("/api/dashboard/agencies.csv?" + PERIOD).retrieve().body(String.class);
            assertThat(agencies.lines().findFirst()).contains("agency,openRequests,openTasks,overdueTasks");
            assertThat(agencies).contains("COORDINATORS,0,1,1");
        } finally {
            ClockUtil.reset();
        }
    }

    private void assertProblem(String path, String field) {
        ResponseEntity<JsonNode> answer = manager().get(path);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().toString()).as(path).contains("\"" + field + "\"");
    }

    private JsonNode taskTimes(String processKey, String taskKey) {
        for (JsonNode t : figures.path("taskTimes")) {
            if (t.path("processKey").asText().equals(processKey) && t.path("taskKey").asText().equals(taskKey)) {
                return t;
            }
        }
        throw new AssertionError("no task times of " + processKey + "/" + taskKey + " in " + figures.path("taskTimes"));
    }

    private JsonNode byAgency(String agency) {
        for (JsonNode a : figures.path("byAgency")) {
            if (a.path("agency").asText().equals(agency)) {
                return a;
            }
        }
        throw new AssertionError("no " + agency + " in " + figures.path("byAgency"));
    }

    private ApiClient manager() {
        return ApiClient.as(port, "manager");
    }
}
