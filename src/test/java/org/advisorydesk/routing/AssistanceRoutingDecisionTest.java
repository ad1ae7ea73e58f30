package org.advisorydesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The routing table bpmn/assistance-routing.dmn against the "Default routing" table of the domain
 * README and its rule for several instruments, evaluated with the standalone DMN engine.
 */
class AssistanceRoutingDecisionTest {

    private static final String DECISION_KEY = "assistance-routing";

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = AssistanceRoutingDecisionTest.class.getClassLoader()
                .getResourceAsStream("bpmn/assistance-routing.dmn")) {
            assertThat(dmn).as("bpmn/assistance-routing.dmn on the classpath").isNotNull();
            decision = engine.parseDecision(DECISION_KEY, dmn);
        }
    }

    /*
     * Expected values written by hand from the domain README. The combined row takes the ICRMW lead
     * (ICRMW comes first) and, as contributors, the union of every other agency named in either
     * column, without the lead.
     */
    @ParameterizedTest(name = "{0} with {1}: {2} leads, {3} contribute")
    @CsvSource(delimiter = '|', textBlock = """
            # assistance type        | instruments        | lead   | contributors
            LEGISLATIVE_REVIEW       | ICRMW              | OHCHR  | ILO, IOM
            LEGISLATIVE_REVIEW       | ILO_C97            | ILO    | OHCHR
            LEGISLATIVE_REVIEW       | ICRMW, ILO_C97     | OHCHR  | ILO, IOM
            DRAFT_LEGISLATION_REVIEW | ICRMW              | OHCHR  | ILO, IOM
            DRAFT_LEGISLATION_REVIEW | ILO_C97            | ILO    | OHCHR
            DRAFT_LEGISLATION_REVIEW | ICRMW, ILO_C97     | OHCHR  | ILO, IOM
            ADMINISTRATIVE_GUIDANCE  | ICRMW              | IOM    | ILO, OHCHR
            ADMINISTRATIVE_GUIDANCE  | ILO_C97            | ILO    | IOM
            ADMINISTRATIVE_GUIDANCE  | ICRMW, ILO_C97     | IOM    | ILO, OHCHR
            CAPACITY_BUILDING        | ICRMW              | OHCHR  | IOM, UNESCO
            CAPACITY_BUILDING        | ILO_C97            | ILO    | IOM
            CAPACITY_BUILDING        | ICRMW, ILO_C97     | OHCHR  | ILO, IOM, UNESCO
            REPORTING_SUPPORT        | ICRMW              | OHCHR  | ILO
            REPORTING_SUPPORT        | ILO_C97            | ILO    | none
            REPORTING_SUPPORT        | ICRMW, ILO_C97     | OHCHR  | ILO
            DATA_AND_RESEARCH        | ICRMW              | UNESCO | IOM, ILO
            DATA_AND_RESEARCH        | ILO_C97            | ILO    | IOM
            DATA_AND_RESEARCH        | ICRMW, ILO_C97     | UNESCO | ILO, IOM
            """)
    void everyRuleRoutesAsTheDomainReadmeSays(String assistanceType, String instruments, String lead,
            String contributors) {
        DmnDecisionResultEntries result = evaluate(assistanceType, split(instruments));

        assertThat(result).as("the single matching rule").isNotNull();
        assertThat((String) result.getEntry("leadAgency")).isEqualTo(lead);
        assertThat(contributorsOf(result)).isEqualTo(parseExpected(contributors));
    }

    @ParameterizedTest
    @EnumSource(AssistanceType.class)
    void eitherIloConventionAloneOrBothRouteTheSameWay(AssistanceType type) {
        Routed c97 = routed(type.name(), List.of("ILO_C97"));
        Routed c143 = routed(type.name(), List.of("ILO_C143"));
        Routed both = routed(type.name(), List.of("ILO_C97", "ILO_C143"));

        assertThat(c97.lead()).isEqualTo("ILO");
        assertThat(c143).isEqualTo(c97);
        assertThat(both).isEqualTo(c97);
    }

    @ParameterizedTest
    @EnumSource(AssistanceType.class)
    void allThreeInstrumentsRouteLikeTheIcrmwWithAnIloConvention(AssistanceType type) {
        Routed all = routed(type.name(), List.of("ICRMW", "ILO_C97", "ILO_C143"));
        Routed icrmwAndC97 = routed(type.name(), List.of("ICRMW", "ILO_C97"));
        Routed icrmwAndC143 = routed(type.name(), List.of("ICRMW", "ILO_C143"));

        assertThat(all).isEqualTo(icrmwAndC97);
        assertThat(icrmwAndC143).isEqualTo(icrmwAndC97);
    }

    @Test
    void anUnknownAssistanceTypeMatchesNoRule() {
        DmnDecisionResult result = engine.evaluateDecision(decision, Variables.createVariables()
                .putValue("assistanceType", "LEGAL_AID")
                .putValue("instruments", List.of("ICRMW", "ILO_C97")));

        assertThat(result).isEmpty();
    }

    @Test
    void theLeadNeverAppearsAmongTheContributorsForAnyCombination() {
        List<List<String>> subsets = nonEmptySubsetsOfInstruments();
        assertThat(subsets).hasSize(7);
        for (AssistanceType type : AssistanceType.values()) {
            for (List<String> instruments : subsets) {
                DmnDecisionResultEntries result = evaluate(type.name(), instruments);
                assertThat(result).as("%s with %s matches one rule", type, instruments).isNotNull();
                String lead = result.getEntry("leadAgency");
                assertThat(lead).as("%s with %s has a lead", type, instruments).isNotBlank();
                assertThat(contributorsOf(result)).as("contributors of %s with %s", type, instruments)
                        .doesNotContain(lead);
            }
        }
    }

    private record Routed(String lead, Set<String> contributors) {
    }

    private static Routed routed(String assistanceType, List<String> instruments) {
        DmnDecisionResultEntries result = evaluate(assistanceType, instruments);
        assertThat(result).as("%s with %s matches one rule", assistanceType, instruments).isNotNull();
        return new Routed(result.getEntry("leadAgency"), contributorsOf(result));
    }

    private static DmnDecisionResultEntries evaluate(String assistanceType, List<String> instruments) {
        return engine.evaluateDecision(decision, Variables.createVariables()
                        .putValue("assistanceType", assistanceType)
                        .putValue("instruments", instruments))
                .getSingleResult();
    }

    private static Set<String> contributorsOf(DmnDecisionResultEntries result) {
        String contributors = result.getEntry("contributors");
        return contributors == null ? Set.of() : split(contributors).stream().collect(Collectors.toSet());
    }

    private static Set<String> parseExpected(String contributors) {
        return "none".equals(contributors) ? Set.of() : Set.copyOf(split(contributors));
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<List<String>> nonEmptySubsetsOfInstruments() {
        Instrument[] all = Instrument.values();
        List<List<String>> subsets = new ArrayList<>();
        for (int mask = 1; mask < (1 << all.length); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(all[i].name());
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }
}
