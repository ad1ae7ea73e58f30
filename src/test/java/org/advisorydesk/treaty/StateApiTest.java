package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisorydesk.ApiClient;
import org.advisorydesk.DeskTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The treaty register {@code /api/states} through HTTP, as each kind of user.
 *
 * <p>The Spring context (and its database) is shared with other test classes, which record ratifications
 * of their own (BFA, BGD, ARG, CHL, PHL under ILO C97). Each test here works on States nobody else
 * touches, and the lists are checked for what they must contain rather than for an exact size.
 */
@DeskTest
class StateApiTest {

    /** The 22 States that had ratified the ICRMW by 10 June 2003 (the seed). */
    static final List<String> RATIFIED_BY_2003 = List.of("AZE", "BLZ", "BOL", "BIH", "CPV", "COL", "ECU", "EGY", "SLV",
            "GHA", "GTM", "GIN", "MLI", "MEX", "MAR", "PHL", "SEN", "SYC", "LKA", "TJK", "UGA", "URY");

    @LocalServerPort int port;
    @Autowired TreatySeed seed;
    @Autowired RuntimeService runtimeService;

    @BeforeEach
    void seededRegister() throws Exception {
        seed.seedIfEmpty();
    }

    // --- reading the seed ---------------------------------------------------------------------------

    @Test
    void aSignatoryOfTheSeedIsSignedWithItsSignatureDateUnknown() {
        ResponseEntity<JsonNode> response = as("gov.paraguay").get("/api/states/PRY");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("iso3").asText()).isEqualTo("PRY");
        assertThat(response.getBody().get("name").asText()).isEqualTo("Paraguay");
        JsonNode icrmw = instrument(response.getBody(), "ICRMW");
        assertThat(icrmw.get("status").asText()).isEqualTo("SIGNED");
        assertThat(icrmw.get("signed").asText()).isEqualTo("unknown");
        assertThat(icrmw.has("ratified")).isFalse();
        assertThat(icrmw.has("entryIntoForce")).isFalse();
    }

    @Test
    void aSeededPartyIsBoundFromTheFirstOfJuly2003WithItsRatificationDateUnknown() {
        JsonNode mexico = read("coordinator", "MEX");

        JsonNode icrmw = instrument(mexico, "ICRMW");
        assertThat(icrmw.get("status").asText()).isEqualTo("RATIFIED");
        assertThat(icrmw.get("consent").asText()).isEqualTo("RATIFICATION");
        assertThat(icrmw.get("ratified").asText()).isEqualTo("unknown");
        assertThat(icrmw.get("entryIntoForce").asText()).isEqualTo("2003-07-01");
        // art. 73(1)(a): the initial report one year after entry into force
        assertThat(icrmw.get("reports").get(0).get("kind").asText()).isEqualTo("INITIAL");
        assertThat(icrmw.get("reports").get(0).get("due").asText()).isEqualTo("2004-07-01");
        assertThat(instrument(mexico, "ILO_C97").get("status").asText()).isEqualTo("NONE");
    }

    @Test
    void aStateCodeIsAcceptedInLowerCase() {
        assertThat(read("coordinator", "mex").get("iso3").asText()).isEqualTo("MEX");
    }

    @Test
    void listingTheIcrmwRatificationsShowsEverySeededPartyAndOnlyRatifications() {
        JsonNode parties = list("/api/states?status=RATIFIED&instrument=ICRMW");

        assertThat(parties.findValuesAsText("iso3")).containsAll(RATIFIED_BY_2003)
                .doesNotContain("SLE", "TUR", "COM", "NOR");
        for (JsonNode state : parties) {
            assertThat(state.get("instruments")).as(state.get("iso3").asText()).hasSize(1);
            JsonNode only = state.get("instruments").get(0);
            assertThat(only.get("instrument").asText()).isEqualTo("ICRMW");
            assertThat(only.get("status").asText()).isEqualTo("RATIFIED");
            assertThat(only.has("reports")).as("a list never shows reports").isFalse();
        }
    }

    @Test
    void listingTheIcrmwSignatoriesShowsTheSeededSignatoriesThatNobodyRatifies() {
        JsonNode signatories = list("/api/states?status=SIGNED&instrument=ICRMW");

        assertThat(signatories.findValuesAsText("iso3")).contains("SLE", "TUR", "COM").doesNotContain("MEX", "NOR");
        assertThat(signatories.findValuesAsText("status")).containsOnly("SIGNED");
    }

    @Test
    void listingWithoutFiltersShowsEveryStateWithEachInstrument() {
        JsonNode states = list("/api/states");

        assertThat(states.size()).isGreaterThan(200);
        JsonNode norway = byIso3(states, "NOR");
        assertThat(norway.get("name").asText()).isEqualTo("Norway");
        assertThat(norway.get("instruments").findValuesAsText("instrument")).containsExactly("ICRMW", "ILO_C97", "ILO_C143");
        assertThat(norway.get("instruments").findValuesAsText("status")).containsOnly("NONE");
        assertThat(instrument(byIso3(states, "MEX"), "ICRMW").get("status").asText()).isEqualTo("RATIFIED");
    }

    @Test
    void anUnknownStatusFilterIsABadRequest() {
        ResponseEntity<JsonNode> response = as("coordinator").get("/api/states?status=PENDING");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void readingAnUnknownStateIsRefusedNamingTheCode() {
        assertInvalid(as("coordinator").get("/api/states/XXX"), "iso3");
    }

    // --- recording actions ---------------------------------------------------------------------------

    @Test
    void aSignatoryRatifyingIsBoundFromTheFirstDayOfTheFourthMonthAndOwesAnInitialReportAYearLater() {
        // Guinea-Bissau signed before June 2003 (seed); ratification deposited 23 February 2007
        ResponseEntity<JsonNode> recorded = record("GNB", action("ICRMW", "RATIFICATION", "2007-02-23"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(instrument(recorded.getBody(), "ICRMW").get("status").asText()).isEqualTo("RATIFIED");
        JsonNode icrmw = instrument(read("coordinator", "GNB"), "ICRMW");
        assertThat(icrmw.get("status").asText()).isEqualTo("RATIFIED");
        assertThat(icrmw.get("signed").asText()).isEqualTo("unknown");
        assertThat(icrmw.get("ratified").asText()).isEqualTo("2007-02-23");
        // art. 87(2): 23 Feb + 3 months = 23 May 2007, in force 1 June 2007
        assertThat(icrmw.get("entryIntoForce").asText()).isEqualTo("2007-06-01");
        assertThat(icrmw.get("reports")).hasSize(1);
        assertReport(icrmw.get("reports").get(0), "INITIAL", "2008-06-01", null);
        assertThat(monitoringInstances("GNB-ICRMW")).isEqualTo(1);

        ResponseEntity<JsonNode> report = record("GNB", "reports", Map.of("instrument", "ICRMW", "submittedOn", "2008-05-30"));

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode reports = instrument(read("coordinator", "GNB"), "ICRMW").get("reports");
        assertThat(reports).hasSize(2);
        assertReport(reports.get(0), "INITIAL", "2008-06-01", "2008-05-30");
        // art. 73(1)(b): five years after the previous due date, not after the submission
        assertReport(reports.get(1), "PERIODIC", "2013-06-01", null);
    }

    @Test
    void aStateThatNeverSignedAccedesAndIsBoundUnderTheSameRule() {
        ResponseEntity<JsonNode> recorded = record("BRA", action("ICRMW", "ACCESSION", "2010-03-31"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode icrmw = instrument(read("coordinator", "BRA"), "ICRMW");
        assertThat(icrmw.get("status").asText()).isEqualTo("ACCEDED");
        assertThat(icrmw.get("consent").asText()).isEqualTo("ACCESSION");
        assertThat(icrmw.get("ratified").asText()).isEqualTo("2010-03-31");
        assertThat(icrmw.has("signed")).isFalse();
        // 31 Mar + 3 months = 30 June 2010, in force 1 July 2010
        assertThat(icrmw.get("entryIntoForce").asText()).isEqualTo("2010-07-01");
        assertReport(icrmw.get("reports").get(0), "INITIAL", "2011-07-01", null);
        assertThat(monitoringInstances("BRA-ICRMW")).isEqualTo(1);
    }

    @Test
    void aSignatureIsRecordedWithItsDateAndARatificationBeforeItIsRefused() {
        assertThat(record("NPL", action("ICRMW", "SIGNATURE", "2010-05-01")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode signed = instrument(read("coordinator", "NPL"), "ICRMW");
        assertThat(signed.get("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.get("signed").asText()).isEqualTo("2010-05-01");
        assertThat(monitoringInstances("NPL-ICRMW")).isZero();

        assertInvalid(record("NPL", action("ICRMW", "RATIFICATION", "2010-04-30")), "date");
        assertInvalid(record("NPL", action("ICRMW", "SIGNATURE", "2010-06-01")), "action");

        assertThat(record("NPL", action("ICRMW", "RATIFICATION", "2011-01-10")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode ratified = instrument(read("coordinator", "NPL"), "ICRMW");
        assertThat(ratified.get("signed").asText()).isEqualTo("2010-05-01");
        assertThat(ratified.get("ratified").asText()).isEqualTo("2011-01-10");
        assertThat(ratified.get("entryIntoForce").asText()).isEqualTo("2011-05-01");
    }

    @Test
    void aSignatureDatedTodayIsAccepted() {
        assertThat(record("JPN", action("ICRMW", "SIGNATURE", today().toString())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(instrument(read("coordinator", "JPN"), "ICRMW").get("signed").asText()).isEqualTo(today().toString());
    }

    @Test
    void anIloConventionBindsAMemberTwelveMonthsAfterItsRatificationIsRegistered() {
        ResponseEntity<JsonNode> recorded = record("ITA", action("ILO_C97", "RATIFICATION", "2020-03-15"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode italy = read("coordinator", "ITA");
        JsonNode c97 = instrument(italy, "ILO_C97");
        assertThat(c97.get("status").asText()).isEqualTo("RATIFIED");
        assertThat(c97.get("ratified").asText()).isEqualTo("2020-03-15");
        assertThat(c97.get("entryIntoForce").asText()).isEqualTo("2021-03-15");
        // ILO: in force 15 March 2021, first report due 1 September of the next year
        assertReport(c97.get("reports").get(0), "INITIAL", "2022-09-01", null);
        assertThat(instrument(italy, "ICRMW").get("status").asText()).isEqualTo("NONE");
        assertThat(monitoringInstances("ITA-ILO_C97")).isEqualTo(1);
        assertThat(monitoringInstances("ITA-ICRMW")).isZero();
    }

    @Test
    void ratifyingTwiceIsRefusedAndTheFirstRatificationStands() {
        assertInvalid(record("MEX", action("ICRMW", "RATIFICATION", "2010-01-10")), "action");
        assertInvalid(record("MEX", action("ICRMW", "ACCESSION", "2010-01-10")), "action");

        JsonNode icrmw = instrument(read("coordinator", "MEX"), "ICRMW");
        assertThat(icrmw.get("ratified").asText()).isEqualTo("unknown");
        assertThat(icrmw.get("entryIntoForce").asText()).isEqualTo("2003-07-01");
        assertThat(monitoringInstances("MEX-ICRMW")).as("a seeded party with its report history to verify").isZero();
    }

    static Stream<Arguments> impossibleActions() {
        return Stream.of(
                Arguments.of("XXX", action("ICRMW", "SIGNATURE", "2010-01-10"), "iso3"),
                Arguments.of("FRA", action("ILO_C999", "RATIFICATION", "2010-01-10"), "instrument"),
                Arguments.of("FRA", action("ICRMW", "DENUNCIATION", "2010-01-10"), "action"),
                // ICRMW art. 86: a State that has not signed accedes
                Arguments.of("FRA", action("ICRMW", "RATIFICATION", "2010-01-10"), "action"),
                Arguments.of("FRA", action("ILO_C143", "SIGNATURE", "2010-01-10"), "action"),
                Arguments.of("FRA", action("ILO_C97", "ACCESSION", "2010-01-10"), "action"),
                Arguments.of("FRA", without(action("ICRMW", "ACCESSION", "2010-01-10"), "date"), "date"),
                Arguments.of("FRA", without(action("ICRMW", "ACCESSION", "2010-01-10"), "instrument"), "instrument"),
                Arguments.of("FRA", action("ICRMW", "ACCESSION", "2007-13-45"), "date"),
                Arguments.of("FRA", action("ICRMW", "ACCESSION", tomorrow().toString()), "date"),
                Arguments.of("SLE", action("ICRMW", "RATIFICATION", tomorrow().toString()), "date"));
    }

    @ParameterizedTest(name = "{0} {1} is refused naming {2}")
    @MethodSource("impossibleActions")
    void anImpossibleActionIsRefusedNamingTheFieldAndChangesNothing(String iso3, Map<String, Object> body, String field) {
        JsonNode before = "XXX".equals(iso3) ? null : read("coordinator", iso3);

        assertInvalid(record(iso3, body), field);

        if (before != null) {
            assertThat(read("coordinator", iso3)).isEqualTo(before);
            assertThat(monitoringInstances(iso3 + "-ICRMW") + monitoringInstances(iso3 + "-ILO_C97")
                    + monitoringInstances(iso3 + "-ILO_C143")).isZero();
        }
    }

    // --- recording reports ---------------------------------------------------------------------------

    @Test
    void aReportSubmittedOnTheDayOfEntryIntoForceIsRecorded() {
        ResponseEntity<JsonNode> recorded = record("URY", "reports", Map.of("instrument", "ICRMW", "submittedOn", "2003-07-01"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode reports = instrument(recorded.getBody(), "ICRMW").get("reports");
        assertReport(reports.get(0), "INITIAL", "2004-07-01", "2003-07-01");
        assertReport(reports.get(1), "PERIODIC", "2009-07-01", null);
    }

    static Stream<Arguments> impossibleReports() {
        return Stream.of(
                Arguments.of("MEX", report("ICRMW", "2003-06-30"), "submittedOn"),
                Arguments.of("MEX", report("ICRMW", tomorrow().toString()), "submittedOn"),
                Arguments.of("MEX", report("ICRMW", "2008-02-30"), "submittedOn"),
                Arguments.of("MEX", without(report("ICRMW", "2008-05-30"), "submittedOn"), "submittedOn"),
                Arguments.of("MEX", report("ILO_C97", "2008-05-30"), "instrument"),
                Arguments.of("MEX", report("ILO_C999", "2008-05-30"), "instrument"),
                Arguments.of("TUR", report("ICRMW", "2008-05-30"), "instrument"),
                Arguments.of("NOR", report("ICRMW", "2008-05-30"), "instrument"),
                Arguments.of("XXX", report("ICRMW", "2008-05-30"), "iso3"));
    }

    @ParameterizedTest(name = "{0} {1} is refused naming {2}")
    @MethodSource("impossibleReports")
    void anImpossibleReportIsRefusedNamingTheFieldAndNothingIsRecorded(String iso3, Map<String, Object> body, String field) {
        JsonNode before = "XXX".equals(iso3) ? null : read("coordinator", iso3);

        assertInvalid(record(iso3, "reports", body), field);

        if (before != null) {
            assertThat(read("coordinator", iso3)).isEqualTo(before);
        }
    }

    // --- concluding observations ----------------------------------------------------------------------

    @Test
    void concludingObservationsOnAPartyGiveTheOhchrAFollowUpToPlan() {
        ResponseEntity<JsonNode> recorded = record("GTM", "observations", observations("ICRMW", "2010-04-30", "Ratify ILO C97"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(followUps("ohchr.officer", "GTM-ICRMW")).singleElement()
                .satisfies(task -> assertThat(task.get("requestingState").asText()).isEqualTo("GTM"));
        assertThat(followUps("ilo.officer", "GTM-ICRMW")).isEmpty();
    }

    @Test
    void concludingObservationsUnderAnIloConventionGoToTheIlo() {
        assertThat(record("ESP", action("ILO_C143", "RATIFICATION", "2015-05-05")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> recorded = record("ESP", "observations", observations("ILO_C143", "2019-01-10", "Equal treatment"));

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(followUps("ilo.officer", "ESP-ILO_C143")).hasSize(1);
        assertThat(followUps("ohchr.officer", "ESP-ILO_C143")).isEmpty();
    }

    static Stream<Arguments> impossibleObservations() {
        return Stream.of(
                Arguments.of("TUR", observations("ICRMW", "2010-04-30", "Ratify"), "instrument"),
                Arguments.of("NOR", observations("ICRMW", "2010-04-30", "Ratify"), "instrument"),
                Arguments.of("SEN", observations("ICRMW", "2010-04-30", "   "), "text"),
                Arguments.of("SEN", without(observations("ICRMW", "2010-04-30", "Ratify"), "text"), "text"),
                Arguments.of("SEN", observations("ICRMW", "2010-04-30", "x".repeat(20001)), "text"),
                Arguments.of("SEN", without(observations("ICRMW", "2010-04-30", "Ratify"), "adoptedOn"), "adoptedOn"),
                Arguments.of("SEN", observations("ICRMW", tomorrow().toString(), "Ratify"), "adoptedOn"),
                Arguments.of("XXX", observations("ICRMW", "2010-04-30", "Ratify"), "iso3"));
    }

    @ParameterizedTest(name = "{0} {1} is refused naming {2}")
    @MethodSource("impossibleObservations")
    void impossibleObservationsAreRefusedNamingTheFieldAndNobodyGetsWork(String iso3, Map<String, Object> body, String field) {
        assertInvalid(record(iso3, "observations", body), field);

        assertThat(followUps("ohchr.officer", iso3 + "-ICRMW")).isEmpty();
    }

    // --- permissions ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} may not record")
    @ValueSource(strings = {"ilo.officer", "ohchr.officer", "manager", "gov.paraguay", "gov.philippines", "admin"})
    void onlyCoordinatorsRecordInTheRegister(String user) {
        JsonNode paraguayBefore = read("coordinator", "PRY");
        JsonNode philippinesBefore = read("coordinator", "PHL");

        assertForbidden(as(user).post("/api/states/PRY/actions", action("ICRMW", "RATIFICATION", "2010-01-10")));
        assertForbidden(as(user).post("/api/states/PHL/reports", report("ICRMW", "2004-06-30")));
        assertForbidden(as(user).post("/api/states/PHL/observations", observations("ICRMW", "2010-04-30", "Ratify")));

        assertThat(read("coordinator", "PRY")).isEqualTo(paraguayBefore);
        assertThat(read("coordinator", "PHL")).isEqualTo(philippinesBefore);
        assertThat(followUps("ohchr.officer", "PHL-ICRMW")).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads the register")
    @ValueSource(strings = {"ilo.officer", "manager", "gov.turkey", "coordinator", "admin"})
    void anyoneSignedInReadsTheRegister(String user) {
        ResponseEntity<JsonNode> one = as(user).get("/api/states/MEX");
        ResponseEntity<JsonNode> all = as(user).get("/api/states?status=RATIFIED&instrument=ICRMW");

        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(instrument(one.getBody(), "ICRMW").get("status").asText()).isEqualTo("RATIFIED");
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody().findValuesAsText("iso3")).contains("MEX");
    }

    @Test
    void signInIsRequired() {
        ApiClient anonymous = ApiClient.anonymous(port);

        for (ResponseEntity<JsonNode> response : List.of(anonymous.get("/api/states"), anonymous.get("/api/states/MEX"),
                anonymous.post("/api/states/PRY/actions", action("ICRMW", "RATIFICATION", "2010-01-10")))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(instrument(read("coordinator", "PRY"), "ICRMW").get("status").asText()).isEqualTo("SIGNED");
    }

    @Test
    void aGovernmentSeesOnlyThePublicStatusOfAnotherState() {
        JsonNode mexico = read("gov.philippines", "MEX");

        JsonNode icrmw = instrument(mexico, "ICRMW");
        assertThat(icrmw.get("status").asText()).isEqualTo("RATIFIED");
        assertThat(icrmw.get("entryIntoForce").asText()).isEqualTo("2003-07-01");
        assertThat(mexico.get("instruments").findValues("reports")).isEmpty();
    }

    @Test
    void aGovernmentSeesItsOwnStatesReports() {
        JsonNode icrmw = instrument(read("gov.philippines", "PHL"), "ICRMW");

        assertThat(icrmw.has("reports")).isTrue();
        assertThat(icrmw.get("reports").get(0).get("kind").asText()).isEqualTo("INITIAL");
        assertThat(icrmw.get("reports").get(0).get("due").asText()).isEqualTo("2004-07-01");
        assertThat(instrument(read("gov.turkey", "TUR"), "ICRMW").has("reports")).isTrue();
    }

    @Test
    void agencyStaffAndManagersSeeEveryStatesReports() {
        for (String user : List.of("ilo.officer", "manager")) {
            JsonNode icrmw = instrument(read(user, "MEX"), "ICRMW");
            assertThat(icrmw.get("reports")).as(user).isNotEmpty();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private JsonNode read(String user, String iso3) {
        ResponseEntity<JsonNode> response = as(user).get("/api/states/" + iso3);
        assertThat(response.getStatusCode()).as("GET %s as %s", iso3, user).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode list(String path) {
        ResponseEntity<JsonNode> response = as("coordinator").get(path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> record(String iso3, Map<String, Object> action) {
        return record(iso3, "actions", action);
    }

    private ResponseEntity<JsonNode> record(String iso3, String what, Map<String, Object> body) {
        return as("coordinator").post("/api/states/" + iso3 + "/" + what, body);
    }

    /** The open {@code plan-follow-up} tasks the user sees for a monitoring instance. */
    private List<JsonNode> followUps(String user, String businessKey) {
        ResponseEntity<JsonNode> tasks = as(user).get("/api/tasks");
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(tasks.getBody().spliterator(), false)
                .filter(t -> "plan-follow-up".equals(t.path("taskDefinitionKey").asText()))
                .filter(t -> businessKey.equals(t.path("requestReference").asText()))
                .toList();
    }

    private long monitoringInstances(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count();
    }

    static Map<String, Object> action(String instrument, String action, String date) {
        return body("instrument", instrument, "action", action, "date", date);
    }

    static Map<String, Object> report(String instrument, String submittedOn) {
        return body("instrument", instrument, "submittedOn", submittedOn);
    }

    static Map<String, Object> observations(String instrument, String adoptedOn, String text) {
        return body("instrument", instrument, "adoptedOn", adoptedOn, "text", text);
    }

    private static Map<String, Object> body(String... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static JsonNode instrument(JsonNode state, String code) {
        for (JsonNode instrument : state.get("instruments")) {
            if (code.equals(instrument.get("instrument").asText())) {
                return instrument;
            }
        }
        throw new AssertionError("No " + code + " in " + state);
    }

    private static JsonNode byIso3(JsonNode states, String iso3) {
        for (JsonNode state : states) {
            if (iso3.equals(state.get("iso3").asText())) {
                return state;
            }
        }
        throw new AssertionError("No " + iso3 + " in the list");
    }

    private static void assertReport(JsonNode report, String kind, String due, String submitted) {
        assertThat(report.get("kind").asText()).isEqualTo(kind);
        assertThat(report.get("due").asText()).isEqualTo(due);
        if (submitted == null) {
            assertThat(report.hasNonNull("submitted")).as("%s report due %s is not submitted", kind, due).isFalse();
        } else {
            assertThat(report.get("submitted").asText()).isEqualTo(submitted);
        }
    }

    private static void assertInvalid(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(response.getBody().toString()).doesNotContain("Exception");
    }

    private static void assertForbidden(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate tomorrow() {
        return today().plusDays(1);
    }
}
