package org.advisorydesk.flow.assistance;

import static org.advisorydesk.request.AssistanceRequestVariables.ASSISTANCE_TYPES;
import static org.advisorydesk.request.AssistanceRequestVariables.INSTRUMENTS;

import java.util.List;

import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.routing.RoutingDecision;
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
        List<Instrument> instruments = Codes.required(INSTRUMENTS.get(execution)).stream().map(Instrument::valueOf).toList();
        List<AssistanceType> types = Codes.required(ASSISTANCE_TYPES.get(execution)).stream()
                .map(AssistanceType::valueOf).toList();
        requests.recordRouting(execution.getProcessBusinessKey(), decision.decide(instruments, types));
    }
}
