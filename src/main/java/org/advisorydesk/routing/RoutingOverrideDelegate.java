package org.advisorydesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task <em>Apply routing override</em>: a coordinator's change of the lead or the contributors
 * of one assistance type, with the reason kept in the history. Invalid changes are refused before
 * anything is stored, so the coordinator's <em>Confirm routing</em> task stays open.
 */
@Component("routingOverride")
class RoutingOverrideDelegate implements JavaDelegate {

    private static final String TYPE = AssistanceRequestVariables.OVERRIDE_ASSISTANCE_TYPE.name();
    private static final String CONTRIBUTORS = AssistanceRequestVariables.OVERRIDE_CONTRIBUTORS.name();

    private final RequestService requests;

    RoutingOverrideDelegate(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        AssistanceType type = AssistanceType.valueOf(AssistanceRequestVariables.OVERRIDE_ASSISTANCE_TYPE.get(execution));
        Agency lead = Agency.valueOf(AssistanceRequestVariables.OVERRIDE_LEAD.get(execution));
        List<Agency> contributors = agencies(AssistanceRequestVariables.OVERRIDE_CONTRIBUTORS.get(execution));
        String reason = AssistanceRequestVariables.OVERRIDE_REASON.get(execution);

        List<Routing> current = requests.routingOf(reference);
        List<FieldProblem> problems = new ArrayList<>();
        if (current.stream().noneMatch(r -> r.assistanceType() == type)) {
            problems.add(new FieldProblem(TYPE, "was not requested"));
        }
        if (contributors.contains(lead)) {
            problems.add(new FieldProblem(CONTRIBUTORS, "must not include the lead agency"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Routing> changed = current.stream()
                .map(r -> r.assistanceType() == type ? new Routing(type, lead, contributors) : r)
                .toList();
        requests.overrideRouting(reference, changed, type, reason);
        for (var variable : List.of(AssistanceRequestVariables.OVERRIDE_ASSISTANCE_TYPE, AssistanceRequestVariables.OVERRIDE_LEAD,
                AssistanceRequestVariables.OVERRIDE_CONTRIBUTORS, AssistanceRequestVariables.OVERRIDE_REASON)) {
            execution.removeVariable(variable.name());
        }
    }

    private static List<Agency> agencies(Object value) {
        if (!(value instanceof Collection<?> codes)) {
            return List.of();
        }
        return codes.stream().map(String::valueOf).map(Agency::valueOf).distinct().sorted().toList();
    }
}
