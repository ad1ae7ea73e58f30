package org.advisorydesk.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Engine tasks as {@link WorkTask}s: each with its request's reference, State, title and assistance
 * type, read for a whole list at once (three queries, whatever the number of tasks).
 */
@Component
class TaskDescriptions {

    private final RuntimeService runtimeService;
    private final RequestService requests;

    TaskDescriptions(RuntimeService runtimeService, RequestService requests) {
        this.runtimeService = runtimeService;
        this.requests = requests;
    }

    List<WorkTask> describe(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> referenceByInstance = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
        Map<String, AssistanceRequest> requestByReference = requests.byReference(Set.copyOf(referenceByInstance.values()));
        Map<String, Map<String, String>> variables = processVariables(instanceIds,
                AssistanceRequestVariables.ASSISTANCE_TYPE.name(), AssistanceRequestVariables.REQUESTING_STATE.name());
        return tasks.stream().map(task -> {
            String instance = task.getProcessInstanceId();
            String reference = referenceByInstance.get(instance);
            AssistanceRequest request = requestByReference.get(reference);
            Map<String, String> vars = variables.getOrDefault(instance, Map.of());
            return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), reference,
                    request == null ? vars.get(AssistanceRequestVariables.REQUESTING_STATE.name()) : request.requestingState(),
                    request == null ? null : request.title(),
                    request == null ? List.of() : request.instruments().stream().map(Enum::name).toList(),
                    vars.get(AssistanceRequestVariables.ASSISTANCE_TYPE.name()),
                    request == null ? List.of() : request.assistanceTypes().stream().map(Enum::name).toList(),
                    instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee(),
                    task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
        }).toList();
    }

    /** Text variables of each process instance among these that has them at process level, by name. */
    private Map<String, Map<String, String>> processVariables(Set<String> instanceIds, String... names) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(names)
                .list().stream()
                .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() instanceof String)
                .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
                        Collectors.toMap(VariableInstance::getName, v -> (String) v.getValue(), (a, b) -> a)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
