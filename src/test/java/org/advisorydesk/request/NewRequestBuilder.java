package org.advisorydesk.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: a valid request body, changed one field at a time. */
public final class NewRequestBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private NewRequestBuilder() {
        fields.put("requestingState", "PRY");
        fields.put("instruments", List.of("ICRMW"));
        fields.put("assistanceTypes", List.of("LEGISLATIVE_REVIEW"));
        fields.put("title", "Gap analysis of the migration law");
        fields.put("description", "Please compare Law 978/96 with the Convention, article by article.");
        fields.put("contactEmail", "focal.point@example.org");
    }

    public static NewRequestBuilder aRequest() {
        return new NewRequestBuilder();
    }

    public NewRequestBuilder forState(String iso3) {
        return with("requestingState", iso3);
    }

    public NewRequestBuilder instruments(String... instruments) {
        return with("instruments", List.of(instruments));
    }

    public NewRequestBuilder assistanceTypes(String... types) {
        return with("assistanceTypes", List.of(types));
    }

    public NewRequestBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public NewRequestBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    /** The JSON body for the API. */
    public Map<String, Object> asJson() {
        return new LinkedHashMap<>(fields);
    }

    /** The record for calling the service directly. */
    @SuppressWarnings("unchecked")
    public NewRequest build() {
        return new NewRequest((String) fields.get("requestingState"), (List<String>) fields.get("instruments"),
                (List<String>) fields.get("assistanceTypes"), (String) fields.get("title"),
                (String) fields.get("description"), (String) fields.get("contactEmail"));
    }
}
