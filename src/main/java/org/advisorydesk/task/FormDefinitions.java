package org.advisorydesk.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The Camunda Forms of {@code forms/} (the same files the engine deploys and Tasklist shows), turned
 * into {@link RenderedForm}s for the pages, in the user's language ({@link FormTexts}), and into submissions
 * that {@link FormSchema#validate} checks.
 */
@Component
public class FormDefinitions {

    /** Shown only when the field named before {@code !=} has the quoted value. */
    private static final Pattern SHOWN_WHEN = Pattern.compile("=\\s*(\\w+)\\s*!=\\s*\"([^\"]*)\"\\s*");

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final Map<String, JsonNode> forms = new ConcurrentHashMap<>();

    FormDefinitions(ObjectMapper objectMapper, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
    }

    public FormSchema schema(String formId) {
        return FormSchema.of(definition(formId));
    }

    /**
     * The form with the values sent (none: empty) and the problems found in them, its input ids prefixed,
     * in the language of the current request.
     */
    public RenderedForm render(String formId, String idPrefix, MultiValueMap<String, String> sent, List<FieldProblem> problems) {
        return render(formId, idPrefix, sent, problems, LocaleContextHolder.getLocale());
    }

    RenderedForm render(String formId, String idPrefix, MultiValueMap<String, String> sent, List<FieldProblem> problems,
            Locale locale) {
        FormTexts texts = new FormTexts(messages, locale, formId);
        MultiValueMap<String, String> values = sent == null ? new LinkedMultiValueMap<>() : sent;
        Map<String, String> errors = new HashMap<>();
        (problems == null ? List.<FieldProblem>of() : problems).forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        List<JsonNode> components = components(definition(formId));
        Map<String, JsonNode> byKey = new HashMap<>();
        components.stream().filter(c -> c.hasNonNull("key")).forEach(c -> byKey.put(c.get("key").asText(), c));
        List<RenderedForm.Item> items = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            String key = c.path("key").asText(null);
            String inputId = idPrefix + "-" + (key == null ? c.path("id").asText() : key);
            if ("text".equals(type)) {
                String text = texts.text(c.path("id").asText(), c.path("text").asText(""));
                items.add(new RenderedForm.Item(type, null, inputId, null, false, null,
                        text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), null, List.of(), null, null));
                continue;
            }
            if (key == null) {
                continue;
            }
            List<String> chosen = values.getOrDefault(key, List.of());
            List<RenderedForm.Option> options = new ArrayList<>();
            int n = 0;
            for (JsonNode v : c.path("values")) {
                String value = v.path("value").asText();
                options.add(new RenderedForm.Option(value, texts.option(key, value, v.path("label").asText(value)),
                        inputId + "-" + n++, chosen.contains(value)));
            }
            JsonNode validate = c.path("validate");
            items.add(new RenderedForm.Item(type, key, inputId, texts.label(key, c.path("label").asText(key)),
                    validate.path("required").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null, List.of(),
                    chosen.isEmpty() ? null : chosen.get(0), options, errors.get(key),
                    shownWhen(c.path("conditional").path("hide").asText(null), byKey, texts)));
        }
        return new RenderedForm(formId, items);
    }

    /**
     * What the user sent for the form's fields, typed as the engine expects them: lists for checklists,
     * booleans for checkboxes, text for the rest. Parameters that are not fields (CSRF token) are left out.
     */
    public Map<String, Object> submission(String formId, MultiValueMap<String, String> params) {
        Map<String, Object> submission = new HashMap<>();
        for (JsonNode c : components(definition(formId))) {
            String key = c.path("key").asText(null);
            if (key == null) {
                continue;
            }
            List<String> sent = params.getOrDefault(key, List.of());
            switch (c.path("type").asText()) {
                case "checklist", "taglist" -> submission.put(key, List.copyOf(sent));
                case "checkbox" -> submission.put(key, sent.contains("true"));
                default -> {
                    if (!sent.isEmpty()) {
                        submission.put(key, sent.get(0));
                    }
                }
            }
        }
        return submission;
    }

    private static RenderedForm.ShownWhen shownWhen(String hide, Map<String, JsonNode> byKey, FormTexts texts) {
        if (hide == null) {
            return null;
        }
        Matcher m = SHOWN_WHEN.matcher(hide);
        if (!m.matches() || !byKey.containsKey(m.group(1))) {
            return null;
        }
        String key = m.group(1);
        String value = m.group(2);
        JsonNode controlling = byKey.get(key);
        String valueLabel = value;
        for (JsonNode v : controlling.path("values")) {
            if (value.equals(v.path("value").asText())) {
                valueLabel = v.path("label").asText(valueLabel);
            }
        }
        return new RenderedForm.ShownWhen(key, value, texts.label(key, controlling.path("label").asText(key)),
                texts.option(key, value, valueLabel));
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode c : node.path("components")) {
            all.add(c);
            if (c.has("components")) {
                all.addAll(components(c));
            }
        }
        return all;
    }

    private JsonNode definition(String formId) {
        return forms.computeIfAbsent(formId, id -> {
            ClassPathResource resource = new ClassPathResource(path(id));
            if (!resource.exists()) {
                throw new NotFoundException("No form " + id + ".");
            }
            try (InputStream in = resource.getInputStream()) {
                return objectMapper.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String path(String formId) {
        if (!formId.matches("[a-z0-9-]+")) {
            throw new NotFoundException("No form " + formId + ".");
        }
        return "forms/" + formId + ".form";
    }
}
