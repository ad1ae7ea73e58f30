package org.advisorydesk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The glue between a request and its {@code assistance-request} process instance. */
@Component
class RequestProcess {

    static final String WITHDRAWAL_MESSAGE = "request-withdrawn";

    private final RuntimeService runtimeService;

    RequestProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    String start(AssistanceRequest request, String governmentGroup) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue(AssistanceRequestVariables.REFERENCE.name(), request.reference())
                .putValue(AssistanceRequestVariables.REQUESTING_STATE.name(), request.requestingState())
                .putValue(AssistanceRequestVariables.GOVERNMENT_GROUP.name(), governmentGroup)
                .putValue(AssistanceRequestVariables.INSTRUMENTS.name(), names(request.instruments()))
                .putValue(AssistanceRequestVariables.ASSISTANCE_TYPES.name(), names(request.assistanceTypes()));
        return runtimeService
                .startProcessInstanceByKey(AssistanceRequestVariables.PROCESS_KEY, request.reference(), variables)
                .getId();
    }

    /** Ends all open work of the request: the process's withdrawal event sub-process takes over. */
    void withdraw(String reference) {
        // the branches share the business key: correlate with the request's own instance
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssistanceRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult();
        if (instance == null) {
            throw new IllegalStateException("No running process for request " + reference);
        }
        runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceId(instance.getId()).correlateWithResult();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).toList());
    }
}
