package org.advisorydesk.task;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;

/**
 * The input fields of a Camunda Form (form-js JSON, in {@code forms/}), and the server-side check of a
 * submission against them: required fields, allowed values, lengths, patterns, e-mail addresses and
 * types. A field hidden by a condition of the form {@code =key != "VALUE"} or {@code =key = "VALUE"}
 * is neither checked nor kept.
 */
public final class FormSchema {

    private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "datetime");
    private static final Set<String> CHOICE_TYPES = Set.of("radio", "select");
    private static final Set<String> MULTI_CHOICE_TYPES = Set.of("checklist", "taglist");
    private static final Pattern SIMPLE_CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * A field, with what its form declares about it in form-js {@code properties}: {@code audience}
     * {@code government} (with {@code entry}, the kind of record entry it makes: addressed to the
     * requesting government) or {@code release} (read by the government once the managers approve the
     * deliverable); {@code rework: keep} (a task done again after a rejection starts from the text of
     * the previous round).
     */
    record Field(String key, String type, String label, boolean required, List<String> values, Integer minLength,
            Integer maxLength, Pattern pattern, boolean email, String hideCondition, Map<String, String> properties) {

        boolean addressedToGovernment() {
            return "government".equals(properties.get("audience")) && properties.containsKey("entry");
        }

        boolean releasedWithDeliverable() {
            return "release".equals(properties.get("audience"));
        }

        boolean keptOnRework() {
            return "keep".equals(properties.get("rework"));
        }
    }

    private final String id;
    private final List<Field> fields;

    private FormSchema(String id, List<Field> fields) {
        this.id = id;
        this.fields = List.copyOf(fields);
    }

    public static FormSchema parse(InputStream json, ObjectMapper mapper) {
        try {
            return of(mapper.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("A deployed form is not valid JSON", e);
        }
    }

    /** The form of an already-read form-js document. */
    public static FormSchema of(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormSchema(root.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            if (!component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> values = new ArrayList<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            fields.add(new Field(
                    component.path("key").asText(),
                    component.path("type").asText(),
                    component.path("label").asText(),
                    validate.path("required").asBoolean(false),
                    values,
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    "email".equals(validate.path("validationType").asText()),
                    component.path("conditional").path("hide").asText(null),
                    properties(component.path("properties"))));
        }
    }

    private static Map<String, String> properties(JsonNode properties) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        properties.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(map);
    }

    public String id() {
        return id;
    }

    List<Field> fields() {
        return fields;
    }

    /** The submission as typed process variables, or 400 naming every bad field. */
    public Map<String, Object> validate(Map<String, Object> submission) {
        Map<String, Object> values = submission == null ? Map.of() : submission;
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        fields.forEach(f -> known.add(f.key()));
        values.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "is not a field of the form " + id)));

        Map<String, Object> variables = new LinkedHashMap<>();
        for (Field field : fields) {
            if (isHidden(field, values)) {
                continue;
            }
            Object value = values.get(field.key());
            if (isEmpty(value)) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.key(), "is required"));
                }
                continue;
            }
            String problem = check(field, value);
            if (problem != null) {
                problems.add(new FieldProblem(field.key(), problem));
            } else {
                variables.put(field.key(), value instanceof Collection<?> list ? new ArrayList<>(list) : value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return variables;
    }

    private static boolean isHidden(Field field, Map<String, Object> values) {
        if (field.hideCondition() == null) {
            return false;
        }
        Matcher m = SIMPLE_CONDITION.matcher(field.hideCondition());
        if (!m.matches()) {
            return false;
        }
        boolean equal = Objects.equals(String.valueOf(values.get(m.group(1))), m.group(3));
        return "=".equals(m.group(2)) == equal;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    private static String check(Field field, Object value) {
        String type = field.type();
        if (TEXT_TYPES.contains(type)) {
            if (!(value instanceof String text)) {
                return "must be text";
            }
            return checkText(field, text);
        }
        if (CHOICE_TYPES.contains(type)) {
            return value instanceof String choice && field.values().contains(choice) ? null
                    : "must be one of " + String.join(", ", field.values());
        }
        if (MULTI_CHOICE_TYPES.contains(type)) {
            if (!(value instanceof Collection<?> chosen)
                    || !chosen.stream().allMatch(c -> c instanceof String s && field.values().contains(s))) {
                return "must be a list of " + String.join(", ", field.values());
            }
            return null;
        }
        if ("checkbox".equals(type)) {
            return value instanceof Boolean ? null : "must be true or false";
        }
        if ("number".equals(type)) {
            return value instanceof Number ? null : "must be a number";
        }
        return null;
    }

    private static String checkText(Field field, String text) {
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return "must be at most " + field.maxLength() + " characters";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return "must be at least " + field.minLength() + " characters";
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            return "has the wrong format";
        }
        if (field.email() && !EMAIL.matcher(text).matches()) {
            return "must be an e-mail address";
        }
        return null;
    }
}
