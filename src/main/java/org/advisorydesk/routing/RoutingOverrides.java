package org.advisorydesk.routing;

import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * A coordinator's change of the lead or the contributors of one assistance type, with the reason kept
 * in the history. Invalid changes are refused before anything is stored (the problems name the fields
 * of the <em>Confirm routing</em> form).
 */
@Service
public class RoutingOverrides {

    private static final String TYPE = AssistanceRequestVariables.OVERRIDE_ASSISTANCE_TYPE.name();
    private static final String CONTRIBUTORS = AssistanceRequestVariables.OVERRIDE_CONTRIBUTORS.name();

    private final RequestService requests;

    RoutingOverrides(RequestService requests) {
        this.requests = requests;
    }

    public void apply(String reference, AssistanceType type, Agency lead, List<Agency> contributors, String reason) {
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
    }
}
