package org.advisorydesk.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A request's history in the reader's language. The history keeps what happened as text in English
 * (the JSON API gives it as it is); pages show it through this: a completed step ({@code Screen
 * request — screeningOutcome: COMPLETE}, as {@link TaskLifecycle} records it) with its task's name and
 * its form's field and option labels from the bundles, routing with the assistance types' names, a
 * notification, an overdue task or a comment on a task. What people typed stays as they typed it; a
 * text this does not recognise is shown as it is. Pages call {@code ${@historyTexts.describe(kind, detail)}}.
 */
@Component("historyTexts")
public class HistoryTexts {

    static final String NAME_SEPARATOR = " — ";
    static final String FIELD_SEPARATOR = "; ";
    static final String VALUE_SEPARATOR = ": ";
    static final String COMMENT_ON = "On ";
    private static final String REASON = " (reason: ";
    private static final String STEP = "STEP";
    private static final String OVERDUE = "OVERDUE";
    private static final String ROUTING = "ROUTING";
    private static final String ROUTING_OVERRIDE = "ROUTING_OVERRIDE";
    private static final String NOTIFICATION = "NOTIFICATION";
    private static final String COMMENT = "COMMENT";
    private static final Pattern ROUTING_PART = Pattern.compile("([A-Z_]+): ([A-Z]+)(?: with ([A-Z, ]+))?");
    private static final Pattern NOTIFICATION_DETAIL = Pattern.compile("([A-Z_]+) to (\\d+) recipients");

    private final RepositoryService repositoryService;
    private final MessageSource messages;
    /** Each user task's key and form by its name in the deployed processes. */
    private final Map<String, TaskForm> byName = new ConcurrentHashMap<>();

    HistoryTexts(RepositoryService repositoryService, MessageSource messages) {
        this.repositoryService = repositoryService;
        this.messages = messages;
    }

    private record TaskForm(String taskKey, String formId) {
    }

    public String describe(String kind, String detail) {
        if (detail == null || kind == null) {
            return detail;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (kind) {
            case STEP -> step(detail);
            case OVERDUE -> taskName(detail, locale);
            case ROUTING -> routing(detail, locale);
            case ROUTING_OVERRIDE -> override(detail, locale);
            case NOTIFICATION -> notification(detail, locale);
            case COMMENT -> comment(detail, locale);
            default -> detail;
        };
    }

    private String taskName(String name, Locale locale) {
        TaskForm task = task(name);
        return task == null ? name : messages.getMessage("work.task." + task.taskKey(), null, name, locale);
    }

    /** {@code LEGISLATIVE_REVIEW: OHCHR with ILO, IOM; CAPACITY_BUILDING: OHCHR} */
    private String routing(String detail, Locale locale) {
        List<String> shown = new ArrayList<>();
        for (String part : detail.split(FIELD_SEPARATOR)) {
            Matcher m = ROUTING_PART.matcher(part);
            if (!m.matches()) {
                return detail;
            }
            String type = messages.getMessage("portal.type." + m.group(1), null, m.group(1), locale);
            shown.add(m.group(3) == null ? messages.getMessage("history.routing", new Object[] { type, m.group(2) }, locale)
                    : messages.getMessage("history.routingWith", new Object[] { type, m.group(2), m.group(3) }, locale));
        }
        return String.join(FIELD_SEPARATOR, shown);
    }

    /** The changed routing and {@code (reason: …)}. */
    private String override(String detail, Locale locale) {
        int reason = detail.indexOf(REASON);
        if (reason < 0 || !detail.endsWith(")")) {
            return routing(detail, locale);
        }
        return messages.getMessage("history.override", new Object[] { routing(detail.substring(0, reason), locale),
                detail.substring(reason + REASON.length(), detail.length() - 1) }, locale);
    }

    /** {@code NEW_WORK to 2 recipients} */
    private String notification(String detail, Locale locale) {
        Matcher m = NOTIFICATION_DETAIL.matcher(detail);
        if (!m.matches()) {
            return detail;
        }
        String what = messages.getMessage("history.notification." + m.group(1), null, m.group(1), locale);
        return messages.getMessage("history.notification", new Object[] { what, Integer.valueOf(m.group(2)) }, locale);
    }

    /** {@code On Prepare gap analysis: the comment} */
    private String comment(String detail, Locale locale) {
        if (!detail.startsWith(COMMENT_ON)) {
            return detail;
        }
        int colon = detail.indexOf(VALUE_SEPARATOR);
        if (colon < 0 || task(detail.substring(COMMENT_ON.length(), colon)) == null) {
            return detail;
        }
        return messages.getMessage("history.commentOn", new Object[] {
                taskName(detail.substring(COMMENT_ON.length(), colon), locale),
                detail.substring(colon + VALUE_SEPARATOR.length()) }, locale);
    }

    private String step(String detail) {
        int cut = detail.indexOf(NAME_SEPARATOR);
        String name = cut < 0 ? detail : detail.substring(0, cut);
        TaskForm task = task(name);
        if (task == null) {
            return detail;
        }
        Locale locale = LocaleContextHolder.getLocale();
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
