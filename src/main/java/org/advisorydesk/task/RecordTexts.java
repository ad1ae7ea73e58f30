package org.advisorydesk.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.web.Terms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An entry of a case's record in the reader's language, from its structure: task names, form labels
 * and options, assistance types, statuses and notices from the bundles; what people typed as they typed
 * it. Pages call {@code ${@recordTexts.describe(entry, 'portal.status.')}}, {@code kind(entry)} and
 * {@code by(entry)}.
 */
@Component("recordTexts")
public class RecordTexts {

    private final MessageSource messages;
    private final Terms terms;

    RecordTexts(MessageSource messages, Terms terms) {
        this.messages = messages;
        this.terms = terms;
    }

    /** The kind of entry, e.g. "Question to the government". */
    public String kind(CaseEntry entry) {
        return message("record.kind." + entry.kind().name(), entry.kind().name());
    }

    /** Who: the user (as staff read it, or the government's own people), else the side they acted for. */
    public String by(CaseEntry entry) {
        if (entry.actor() != null) {
            return entry.actor();
        }
        ActorSide side = entry.side();
        return side.code() != null ? terms.group(side.code()) : message("record.side." + side.side().name(), side.side().name());
    }

    public String describe(CaseEntry entry, String statusPrefix) {
        return switch (entry.kind()) {
            case STATUS_CHANGED -> message(statusPrefix + entry.text("to"), entry.text("to"));
            case STEP_COMPLETED -> step(entry);
            case ROUTING_DECIDED -> routing(entry.list("routing"));
            case ROUTING_OVERRIDDEN -> message("history.override", null,
                    routing(entry.payload().get("after") instanceof Map<?, ?> after ? List.of(cast(after)) : List.of()),
                    entry.text("reason"));
            case QUESTION_ASKED, ANSWER_GIVEN, CLOSURE_REASON, LEGACY -> entry.text("text");
            case DOCUMENT_ADDED -> message("record.document", null, entry.text("name"), entry.text("version"),
                    message("portal.kind." + entry.text("documentKind"), entry.text("documentKind")));
            case DELIVERABLE_RELEASED -> released(entry);
            case COMMENT -> entry.text("taskKey") == null ? entry.text("text")
                    : message("history.commentOn", null, taskName(entry), entry.text("text"));
            case NOTIFICATION_SENT -> message("history.notification", null,
                    message("history.notification." + entry.text("notice"), entry.text("notice")),
                    entry.payload().get("recipients"));
            case TASK_OVERDUE -> taskName(entry);
            case WITHDRAWN -> entry.text("reason") == null ? "" : entry.text("reason");
            case TREATY_ACTION -> message("record.treaty." + entry.text("action") + (entry.text("date") == null ? ".undated" : ""),
                    entry.text("action"), instrument(entry), entry.text("date"))
                    + (entry.text("text") == null ? "" : " — " + entry.text("text"));
            case REPORT_SUBMITTED -> message("record.treaty.report", null, instrument(entry), entry.text("submittedOn"));
            case OBSERVATIONS_ADOPTED -> message("record.treaty.observations", null, instrument(entry), entry.text("adoptedOn"));
            case DUE_DATE_CORRECTED -> message("record.treaty.correction", null, instrument(entry), entry.text("from"),
                    entry.text("to"), entry.text("reason"));
            case REPORT_HISTORY_VERIFIED -> message("record.treaty.verified", null, instrument(entry));
        };
    }

    private String step(CaseEntry entry) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = taskName(entry);
        String formId = entry.text("formId");
        if (entry.values().isEmpty() || formId == null) {
            return name;
        }
        FormTexts texts = new FormTexts(messages, locale, formId);
        List<String> fields = new ArrayList<>();
        entry.values().forEach((key, value) -> fields.add(terms.labelled(texts.label(key, key), shown(texts, key, value))));
        return name + " — " + joined(fields);
    }

    private static String shown(FormTexts texts, String key, Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(v -> texts.option(key, String.valueOf(v), String.valueOf(v))).toList());
        }
        return texts.option(key, String.valueOf(value), String.valueOf(value));
    }

    private String taskName(CaseEntry entry) {
        String key = entry.text("taskKey");
        String name = entry.text("taskName");
        return key == null ? name : message("work.task." + key, name == null ? key : name);
    }

    private String routing(List<Map<String, Object>> routing) {
        List<String> shown = new ArrayList<>();
        for (Map<String, Object> r : routing) {
            String type = message("portal.type." + r.get("assistanceType"), String.valueOf(r.get("assistanceType")));
            List<?> contributors = r.get("contributors") instanceof List<?> list ? list : List.of();
            String lead = terms.agency(String.valueOf(r.get("lead")));
            shown.add(contributors.isEmpty() ? message("history.routing", null, type, lead)
                    : message("history.routingWith", null, type, lead, terms.agencies(contributors)));
        }
        return joined(shown);
    }

    /** Parts of one entry one after the other, with the language's semicolon. */
    private String joined(List<String> parts) {
        return parts.stream().reduce((a, b) -> message("glossary.joined", null, a, b)).orElse("");
    }

    private String instrument(CaseEntry entry) {
        return terms.instrument(entry.text("instrument"));
    }

    private String released(CaseEntry entry) {
        String type = message("portal.type." + entry.text("assistanceType"), entry.text("assistanceType"));
        List<String> documents = entry.list("documents").stream().map(d -> d.get("name") + " v" + d.get("version")).toList();
        String text = entry.text("text");
        String released = documents.isEmpty() ? type : message("record.released", null, type, String.join(", ", documents));
        return text == null ? released : released + " — " + text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private String message(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
