package org.advisorydesk.task;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a task, parsed once per process definition and task kind: forms are
 * bound to their deployment ({@code camunda:formRefBinding="deployment"}), so they never change under
 * that key. Completing a task reads its form twice (to check the values, then to record the step).
 */
@Component
class TaskForms {

    private final FormService formService;
    private final ObjectMapper objectMapper;
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

    TaskForms(FormService formService, ObjectMapper objectMapper) {
        this.formService = formService;
        this.objectMapper = objectMapper;
    }

    FormSchema of(String taskId, String processDefinitionId, String taskDefinitionKey) {
        return parsed.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> {
            try (InputStream form = formService.getDeployedTaskForm(taskId)) {
                return FormSchema.parse(form, objectMapper);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the form of task " + taskId, e);
            }
        });
    }
}
