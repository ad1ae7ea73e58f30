package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register is seeded with the ICRMW status of 10 June 2003, and the ratifying States are watched. */
@DeskTest
class TreatySeedTest {

    static final List<String> RATIFIED_BY_2003 = List.of("AZE", "BLZ", "BOL", "BIH", "CPV", "COL", "ECU", "EGY", "SLV",
            "GHA", "GTM", "GIN", "MLI", "MEX", "MAR", "PHL", "SEN", "SYC", "LKA", "TJK", "UGA", "URY");

    @Autowired TreatySeed seed;
    @Autowired TreatyRegister register;
    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));

    @Test
    void seededRatificationsHaveUnknownDatesAndBindFromTheFirstOfJuly2003() throws Exception {
        seed.seedIfEmpty();
        CurrentUser coordinator = COORDINATOR;

        for (String state : RATIFIED_BY_2003) {
            StateView.InstrumentView icrmw = register.state(coordinator, state).instruments().get(0);
            assertThat(icrmw.instrument()).isEqualTo(Instrument.ICRMW);
            assertThat(icrmw.status()).as(state).isEqualTo(TreatyStatus.RATIFIED);
            assertThat(icrmw.ratified()).isEqualTo("unknown");
            assertThat(icrmw.entryIntoForce()).hasToString("2003-07-01");
        }
        StateView.InstrumentView paraguay = register.state(coordinator, "PRY").instruments().get(0);
        assertThat(paraguay.signed()).isEqualTo("unknown");
        assertThat(register.states(TreatyStatus.SIGNED, Instrument.ICRMW).stream().map(StateView::iso3))
                .contains("SLE", "TUR", "COM"); // signatories no other test ratifies
    }

    @Test
    void seedingTwiceChangesNothing() throws Exception {
        seed.seedIfEmpty();

        assertThat(seed.seedIfEmpty()).isFalse();
        assertThat(register.state(COORDINATOR, "MEX").instruments().get(0).status()).isEqualTo(TreatyStatus.RATIFIED);
    }

    @Test
    void aFreshSeedWatchesNoSeededPartyAndDropsNoFollowUpTaskForReportsDueIn2004() throws Exception {
        seed.seedIfEmpty();

        // "Mexico" is a seeded party no other test verifies: its report history stays to verify
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                .processInstanceBusinessKey("MEX-ICRMW").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("MEX-ICRMW").count()).isZero();
        assertThat(register.reportsDueBy(java.time.LocalDate.of(2004, 12, 31))).noneMatch(d -> d.state().equals("MEX"));
        assertThat(register.schedules()).filteredOn(s -> s.participation().state().equals("MEX")).singleElement()
                .satisfies(s -> {
                    assertThat(s.participation().reportHistoryRecorded()).isFalse();
                    assertThat(s.next().due()).hasToString("2004-07-01");
                });
    }

    @Test
    void verifyingASeededPartysReportHistoryStartsItsFollowUp() throws Exception {
        seed.seedIfEmpty();

        register.verifyReportHistory(COORDINATOR, "SYC", Instrument.ICRMW);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                .processInstanceBusinessKey("SYC-ICRMW").count()).isEqualTo(1);
        assertThat(register.state(COORDINATOR, "SYC").instruments().get(0).reportHistoryRecorded()).isTrue();
        assertThat(register.reportsDueBy(java.time.LocalDate.of(2004, 12, 31))).anyMatch(d -> d.state().equals("SYC"));
    }
}
