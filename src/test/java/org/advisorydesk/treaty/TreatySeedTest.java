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

    @Test
    void seededRatificationsHaveUnknownDatesAndBindFromTheFirstOfJuly2003() throws Exception {
        seed.seedIfEmpty();
        CurrentUser coordinator = new CurrentUser("coordinator", Set.of("coordinators"));

        for (String state : RATIFIED_BY_2003) {
            StateView.InstrumentView icrmw = register.state(coordinator, state).instruments().get(0);
            assertThat(icrmw.instrument()).isEqualTo(Instrument.ICRMW);
            assertThat(icrmw.status()).as(state).isEqualTo(TreatyStatus.RATIFIED);
            assertThat(icrmw.ratified()).isEqualTo("unknown");
            assertThat(icrmw.entryIntoForce()).hasToString("2003-07-01");
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(state + "-ICRMW").count()).as(state).isEqualTo(1);
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
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                .processInstanceBusinessKey("MEX-ICRMW").count()).isEqualTo(1);
    }
}
