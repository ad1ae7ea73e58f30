package org.advisorydesk.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A completed step of a request's history ({@code Screen request — screeningOutcome: COMPLETE}, as
 * {@link TaskLifecycle} records it) in the reader's language: the task's name, its form's field labels
 * and option labels from the bundles; the texts people typed stay as they were. Pages call it as
 * {@code ${@stepTexts.describe(detail)}}.
 */
@Component("stepTexts")
public class StepTexts {

    static final String NAME_SEPARATOR = " — ";
    static final String FIELD_SEPARATOR = "; ";
    static final String VALUE_SEPARATOR = ": ";

    private final RepositoryService repositoryService;
    private final MessageSource messages;
    /** Each user task's key and form by its name in the deployed processes. */
    private final Map<String, TaskForm> byName = new ConcurrentHashMap<>();

    StepTexts(RepositoryService repositoryService, MessageSource messages) {
        this.repositoryService = repositoryService;
        this.messages = messages;
    }

    private record TaskForm(String taskKey, String formId) {
    }

    public String describe(String detail) {
        if (detail == null) {
            return null;
        }
        int cut = detail.indexOf(NAME_SEPARATOR);
        String name = cut < 0 ? detail : detail.substring(0, cut);
        TaskForm task = task(name);
        if (task == null) {
            return detail;
        }
        var locale = LocaleContextHolder.getLocale();
        String shownName = messages.getMessage("work.task." + task.taskKey(), null, name, locale);
        if (cut < 0) {
            return shownName;
        }
        FormTexts texts = new FormTexts(messages, locale, task.formId());
        List<String> fields = new ArrayList<>();
        for (String field : detail.substring(cut + NAME_SEPARATOR.length()).split(FIELD_SEPARATOR)) {
            int colon = field.indexOf(VALUE_SEPARATOR);
            if (colon < 0) {
                fields.add(field);
                continue;
            }
            String key = field.substring(0, colon);
            String value = field.substring(colon + VALUE_SEPARATOR.length());
            fields.add(texts.label(key, key) + VALUE_SEPARATOR + texts.option(key, value, value));
        }
        return shownName + NAME_SEPARATOR + String.join(FIELD_SEPARATOR, fields);
    }

    private TaskForm task(String name) {
        if (byName.isEmpty()) {
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
                for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
                        .getModelElementsByType(UserTask.class)) {
                    if (task.getName() != null) {
                        byName.putIfAbsent(task.getName(), new TaskForm(task.getId(),
                                task.getCamundaFormRef() == null ? task.getId() : task.getCamundaFormRef()));
                    }
                }
            }
        }
        return byName.get(name);
    }
}
