package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12: a status table in the UN Treaty Collection's columns, previewed State by State and applied
 * all or nothing. The States are this test's own: Madagascar, Zambia, Lesotho, Nicaragua, Niger, Rwanda
 * and Malawi (nothing seeded), Togo (a seeded signatory) and Mali (a seeded party).
 */
@DeskTest
class StatusImportTest {

    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));

    @LocalServerPort int port;
    @Autowired TreatySeed seed;
    @Autowired StatusImport imports;
    @Autowired TreatyRegister register;
    @Autowired CaseRecord caseRecord;

    @BeforeEach
    void seeded() throws Exception {
        seed.seedIfEmpty();
    }

    @Test
    void thePreviewShowsWhatWouldChangeStateByStateAndChangesNothing() {
        String table = """
                Participant,Signature,"Ratification, Accession(a), Succession(d)"
                Madagascar,24 Sep 2014,13 May 2015
                Togo 2,,16 Dec 2020
                Mali,,5 Jun 2003
                Zambia,,
                """;

        StatusImport.Outcome preview = imports.preview(COORDINATOR, Instrument.ICRMW, table);

        assertThat(preview.applicable()).isTrue();
        assertThat(preview.lines()).extracting(StatusImport.Line::iso3).containsExactly("MDG", "TGO", "MLI", "ZMB");
        assertThat(preview.lines().get(0).changes()).extracting(TreatyInputs.ActionInput::action)
                .containsExactly(TreatyAction.SIGNATURE, TreatyAction.RATIFICATION);
        assertThat(preview.lines().get(1).changes()).singleElement()
                .satisfies(c -> assertThat(c.date()).hasToString("2020-12-16"));
        assertThat(preview.lines().get(2).changes()).as("already a party").isEmpty();
        assertThat(preview.changes()).isEqualTo(3);
        assertThat(register.state(COORDINATOR, "MDG").instruments().get(0).status()).isEqualTo(TreatyStatus.NONE);
        assertThat(register.state(COORDINATOR, "TGO").instruments().get(0).status()).isEqualTo(TreatyStatus.SIGNED);
    }

    @Test
    void aTableWithAnyBadRowChangesNothingAndNamesEachBadRow() {
        String table = """
                Participant,Signature,Ratification
                Lesotho,16 Sep 2004,16 Sep 2005
                Atlantis,,1 Jan 2010
                Nicaragua,,26 Februar 2005
                Niger,,10 Mar 2009
                """;

        StatusImport.Outcome outcome = imports.apply(COORDINATOR, Instrument.ICRMW, table);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.lines()).filteredOn(l -> l.problem() != null).extracting(StatusImport.Line::row)
                .containsExactly(3, 4, 5);
        assertThat(outcome.lines().get(1).problem()).contains("no State");
        assertThat(outcome.lines().get(2).problem()).contains("26 Februar 2005");
        assertThat(outcome.lines().get(3).problem()).as("the register's own rule: ratifying unsigned")
                .contains("accedes");
        assertThat(register.state(COORDINATOR, "LSO").instruments().get(0).status()).as("all or nothing")
                .isEqualTo(TreatyStatus.NONE);
        assertThat(caseRecord.all(new CaseKey.MonitoringCase("LSO", "ICRMW"), EntryKind.TREATY_ACTION)).isEmpty();
    }

    @Test
    void aCleanTableIsAppliedEachChangeARecordedActionFromTheImportPage() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");
        coordinator.get("/work/treaty/import");

        HttpResponse<String> applied = coordinator.post("/work/treaty/import/apply", Map.of("instrument", "ILO_C143",
                "table", "Participant,Ratification\nRwanda,2023-03-15\nMalawi,7 Jan 2010\n"));

        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("id=\"import-applied\"").contains("2 acts recorded");
        StateView.InstrumentView rwanda = register.state(COORDINATOR, "RWA").instruments().get(2);
        assertThat(rwanda.status()).isEqualTo(TreatyStatus.RATIFIED);
        // ILO: in force 15 March 2024, first report due 1 September 2025
        assertThat(rwanda.reports().get(0).due()).hasToString("2025-09-01");
        assertThat(caseRecord.all(new CaseKey.MonitoringCase("MWI", "ILO_C143"), EntryKind.TREATY_ACTION)).singleElement()
                .satisfies(e -> assertThat(e.text("source")).isEqualTo("import"));
    }

    @Test
    void onlyCoordinatorsImportAndAnEmptyTableIsRefused() {
        assertThatThrownBy(() -> imports.preview(new CurrentUser("ilo.officer", Set.of("ilo")), Instrument.ICRMW, "Participant\nMali\n"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.preview(COORDINATOR, Instrument.ICRMW, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file");
    }
}
