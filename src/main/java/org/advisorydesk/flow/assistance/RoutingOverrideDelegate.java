package org.advisorydesk.flow.assistance;

import static org.advisorydesk.request.AssistanceRequestVariables.OVERRIDE_ASSISTANCE_TYPE;
import static org.advisorydesk.request.AssistanceRequestVariables.OVERRIDE_CONTRIBUTORS;
import static org.advisorydesk.request.AssistanceRequestVariables.OVERRIDE_LEAD;
import static org.advisorydesk.request.AssistanceRequestVariables.OVERRIDE_REASON;

import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.routing.RoutingOverrides;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task <em>Apply routing override</em>: hands the coordinator's change to the
 * {@link RoutingOverrides}. A refused change throws before the override's variables are removed, so the
 * coordinator's <em>Confirm routing</em> task stays open with them.
 */
@Component("routingOverride")
class RoutingOverrideDelegate implements JavaDelegate {

    private final RoutingOverrides overrides;

    RoutingOverrideDelegate(RoutingOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public void execute(DelegateExecution execution) {
        overrides.apply(execution.getProcessBusinessKey(),
                AssistanceType.valueOf(OVERRIDE_ASSISTANCE_TYPE.get(execution)),
                Agency.valueOf(OVERRIDE_LEAD.get(execution)),
                Codes.optional(OVERRIDE_CONTRIBUTORS.get(execution)).stream().map(Agency::valueOf).distinct().sorted().toList(),
                OVERRIDE_REASON.get(execution));
        for (var variable : List.of(OVERRIDE_ASSISTANCE_TYPE, OVERRIDE_LEAD, OVERRIDE_CONTRIBUTORS, OVERRIDE_REASON)) {
            execution.removeVariable(variable.name());
        }
    }
}
