package org.advisorydesk.routing;

import java.util.Collection;
import java.util.List;

import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task <em>Determine routing</em>: the DMN decision per assistance type, recorded on the request. */
@Component("determineRouting")
class DetermineRoutingDelegate implements JavaDelegate {

    private final RoutingDecision decision;
    private final RequestService requests;

    DetermineRoutingDelegate(RoutingDecision decision, RequestService requests) {
        this.decision = decision;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Instrument> instruments = codes(execution.getVariable(AssistanceRequestVariables.INSTRUMENTS.name()))
                .stream().map(Instrument::valueOf).toList();
        List<AssistanceType> types = codes(execution.getVariable(AssistanceRequestVariables.ASSISTANCE_TYPES.name()))
                .stream().map(AssistanceType::valueOf).toList();
        requests.recordRouting(execution.getProcessBusinessKey(), decision.decide(instruments, types));
    }

    private static List<String> codes(Object variable) {
        if (variable instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("Expected a list of codes but found " + variable);
    }
}
