package org.advisorydesk.request;

import static org.advisorydesk.request.AssistanceRequestVariables.ASSISTANCE_TYPE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The glue between a request and its {@code assistance-request} process instance. */
@Component
class RequestProcess {

    static final String WITHDRAWAL_MESSAGE = "request-withdrawn";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    RequestProcess(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    String start(AssistanceRequest request, String governmentGroup) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue(AssistanceRequestVariables.REFERENCE, request.reference())
                .putValue(AssistanceRequestVariables.REQUESTING_STATE, request.requestingState())
                .putValue(AssistanceRequestVariables.GOVERNMENT_GROUP, governmentGroup)
                .putValue(AssistanceRequestVariables.INSTRUMENTS, names(request.instruments()))
                .putValue(AssistanceRequestVariables.ASSISTANCE_TYPES, names(request.assistanceTypes()));
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

    /** Every finished task of the request and its branches, oldest first. */
    List<CompletedStep> completedSteps(String reference) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference)
                .finished()
                .orderByHistoricTaskInstanceEndTime().asc()
                .list();
        Map<String, String> typeByInstance = assistanceTypes(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        List<CompletedStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            String type = typeByInstance.get(task.getProcessInstanceId());
            steps.add(new CompletedStep(task.getTaskDefinitionKey(), task.getName(),
                    type == null ? null : AssistanceType.valueOf(type),
                    task.getAssignee(), task.getEndTime().toInstant()));
        }
        return steps;
    }

    private Map<String, String> assistanceTypes(Collection<String> processInstanceIds) {
        Map<String, String> types = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return types;
        }
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.stream().distinct().toArray(String[]::new))
                .variableName(ASSISTANCE_TYPE)
                .list()) {
            if (variable.getValue() instanceof String type && variable.getActivityInstanceId() != null
                    && variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
                types.put(variable.getProcessInstanceId(), type);
            }
        }
        return types;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).toList());
    }
}
