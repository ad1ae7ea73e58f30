package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.record.Audience;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12: the register's staff pages over HTTP, as a browser without JavaScript uses them. Each test
 * works on States no other test drives: Sao Tome and Principe (a seeded signatory), Kenya, Namibia and
 * Mozambique (nothing seeded), Mexico and Seychelles (seeded parties) only read.
 */
@DeskTest
class TreatyPagesTest {

    @LocalServerPort int port;
    @Autowired TreatySeed seed;
    @Autowired CaseRecord caseRecord;

    @BeforeEach
    void seeded() throws Exception {
        seed.seedIfEmpty();
    }

    @Test
    void aCoordinatorRecordsARatificationOnTheStatesPageAndSeesItsEntryIntoForceAndReports() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        assertThat(coordinator.get("/work/treaty/STP").body()).contains("id=\"form-action\"");

        HttpResponse<String> recorded = coordinator.post("/work/treaty/STP/action",
                Map.of("instrument", "ICRMW", "action", "RATIFICATION", "date", "2008-09-23"));

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElseThrow()).contains("/work/treaty/STP?recorded=action");
        String page = coordinator.get("/work/treaty/STP?recorded=action").body();
        // art. 87(2): 23 Sept + 3 months = 23 Dec 2008, in force 1 January 2009; art. 73(1)(a): initial report 1 January 2010
        assertThat(page).contains("The act is recorded.").contains("23 September 2008").contains("1 January 2009")
                .contains("1 January 2010").contains("Ratification of the ICRMW");
        assertThat(caseRecord.all(new CaseKey.MonitoringCase("STP", "ICRMW"), EntryKind.TREATY_ACTION))
                .filteredOn(e -> "page".equals(e.text("source"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.text("action")).isEqualTo("RATIFICATION");
                    assertThat(e.audience()).isEqualTo(Audience.GOVERNMENT);
                });
    }

    @Test
    void aC143RatificationOwesItsFirstReportOnFirstSeptemberOfTheYearAfterEntryIntoForce() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        coordinator.get("/work/treaty/KEN");

        coordinator.post("/work/treaty/KEN/action", Map.of("instrument", "ILO_C143", "action", "RATIFICATION", "date", "2013-12-12"));

        String page = coordinator.get("/work/treaty/KEN").body();
        assertThat(page).contains("12 December 2014").contains("1 September 2015");
    }

    @Test
    void aFormWithBadFieldsComesBackWithEachProblemBesideItsFieldAndRecordsNothing() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        coordinator.get("/work/treaty/NAM");

        HttpResponse<String> missing = coordinator.post("/work/treaty/NAM/action",
                Map.of("instrument", "ICRMW", "action", "ACCESSION", "date", ""));
        HttpResponse<String> future = coordinator.post("/work/treaty/NAM/action",
                Map.of("instrument", "ICRMW", "action", "ACCESSION", "date", "2999-01-01"));
        HttpResponse<String> noReason = coordinator.post("/work/treaty/MEX/correction",
                Map.of("instrument", "ICRMW", "due", "2005-01-01", "reason", " "));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"action-date-problem\"").contains("aria-describedby=\"action-date-problem\"")
                .contains("Nothing was recorded");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("id=\"action-date-problem\"").contains("is in the future")
                .contains("value=\"2999-01-01\"");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"correction-reason-problem\"");
        assertThat(coordinator.get("/work/treaty/NAM").body()).doesNotContain("Accession to the ICRMW");
    }

    @Test
    void correctingTheNextDueDateKeepsTheReasonInTheRecordAmongStaff() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        coordinator.get("/work/treaty/MOZ");
        coordinator.post("/work/treaty/MOZ/action", Map.of("instrument", "ILO_C97", "action", "RATIFICATION", "date", "2014-03-10"));
        coordinator.get("/work/treaty/MOZ");

        HttpResponse<String> corrected = coordinator.post("/work/treaty/MOZ/correction",
                Map.of("instrument", "ILO_C97", "due", "2018-09-01", "reason", "ILO request: C97 group reports in 2018"));

        // in force 10 March 2015: first report computed for 1 September 2016, corrected to 2018
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/work/treaty/MOZ").body()).contains("1 September 2018")
                .contains("ILO request: C97 group reports in 2018");
        assertThat(caseRecord.all(new CaseKey.MonitoringCase("MOZ", "ILO_C97"), EntryKind.DUE_DATE_CORRECTED)).singleElement()
                .satisfies(e -> {
                    assertThat(e.text("from")).isEqualTo("2016-09-01");
                    assertThat(e.text("to")).isEqualTo("2018-09-01");
                    assertThat(e.audience()).isEqualTo(Audience.STAFF);
                });
    }

    @Test
    void agencyStaffReadTheRegisterButOnlyCoordinatorsRecordAndGovernmentsSeeNoStaffPage() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        HttpResponse<String> page = ilo.get("/work/treaty/SYC");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Seychelles").doesNotContain("id=\"record-forms\"");
        assertThat(ilo.post("/work/treaty/SYC/report", Map.of("instrument", "ICRMW", "submittedOn", "2005-01-01")).statusCode())
                .isEqualTo(403);
        assertThat(ilo.get("/work/treaty/import").statusCode()).isEqualTo(403);
        PageSession government = PageSession.signedIn(port, "gov.paraguay");
        assertThat(government.get("/work/treaty").statusCode()).isEqualTo(403);
        assertThat(government.get("/work/treaty/PRY").statusCode()).isEqualTo(403);
        assertThat(ilo.get("/work/treaty/XYZ").statusCode()).isEqualTo(404);
    }

    @Test
    void theRegisterFiltersByInstrumentStandingAndRegionAndDownloadsTheSameRowsAsCsv() {
        PageSession officer = PageSession.signedIn(port, "ohchr.officer");

        HttpResponse<String> parties = officer.get("/work/treaty?instrument=ICRMW&status=RATIFIED&region=Americas&sort=name");
        HttpResponse<byte[]> csv = officer.download("/work/treaty/states.csv?instrument=ICRMW&status=RATIFIED&region=Americas");

        assertThat(parties.statusCode()).isEqualTo(200);
        assertThat(parties.body()).contains("id=\"row-MEX\"").doesNotContain("id=\"row-SEN\"").doesNotContain("id=\"row-NOR\"")
                .contains("<svg viewBox=\"0 0 960 480\"").contains("id=\"map-MEX\"");
        assertThat(parties.body()).as("each country on the map a link named with its standing")
                .containsPattern("<a href=\"/work/treaty/MEX\" aria-label=\"Mexico: Ratified\">");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("iso3,name,region,ICRMW_status").contains("MEX,Mexico,Americas,RATIFIED,unknown,unknown,2003-07-01,2004-07-01,NOT_RECORDED")
                .doesNotContain("SEN,");
        assertThat(officer.get("/work/treaty?status=MAYBE").statusCode()).isEqualTo(400);
        assertThat(officer.get("/work/treaty?status=MAYBE").body()).contains("status");
    }

    @Test
    void theCalendarListsSeededPartiesToVerifyWithoutFollowUpAndDownloadsAsCsv() {
        PageSession officer = PageSession.signedIn(port, "ohchr.officer");

        HttpResponse<String> calendar = officer.get("/work/treaty/calendar?from=2026-01-01&to=2026-12-31");
        HttpResponse<byte[]> csv = officer.download("/work/treaty/calendar.csv?from=2026-01-01&to=2026-12-31");

        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("id=\"due-MEX-ICRMW\"").contains("To verify");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("iso3,name,instrument,report,due,overdueDays,toVerify,taskId,task")
                .contains("MEX,Mexico,ICRMW,INITIAL,2004-07-01,,true,,");
        assertThat(officer.get("/work/treaty/calendar?from=2026-12-31&to=2026-01-01").statusCode()).isEqualTo(400);
    }
}
