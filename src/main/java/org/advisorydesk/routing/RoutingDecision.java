package org.advisorydesk.routing;

import java.util.Arrays;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.Routing;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the DMN decision {@code assistance-routing} (bpmn/assistance-routing.dmn) for each
 * assistance type of a request. The table, not this code, holds who leads and who contributes, so
 * that the routing changes by deploying a new table.
 */
@Component
public class RoutingDecision {

    public static final String DECISION_KEY = "assistance-routing";

    private final DecisionService decisionService;

    RoutingDecision(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public List<Routing> decide(List<Instrument> instruments, List<AssistanceType> assistanceTypes) {
        List<String> instrumentCodes = instruments.stream().map(Enum::name).toList();
        return assistanceTypes.stream().map(type -> decide(instrumentCodes, type)).toList();
    }

    private Routing decide(List<String> instruments, AssistanceType type) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("assistanceType", type.name())
                        .putValue("instruments", instruments))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("The routing table has no rule for " + type + " and " + instruments);
        }
        Agency lead = Agency.valueOf(result.getEntry("leadAgency"));
        String contributors = result.getEntry("contributors");
        List<Agency> contributing = contributors == null ? List.of() : Arrays.stream(contributors.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Agency::valueOf)
                .filter(a -> a != lead).distinct().sorted().toList();
        return new Routing(type, lead, contributing);
    }
}
