package org.advisorydesk.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;

/**
 * Texts of any length the forms allow, as the engine can store them. Camunda keeps a string variable
 * in a column of 4,000 characters (a longer one failed the whole completion with a {@code 500}); a text
 * over that is stored as a JSON-serialised object instead, in the engine's byte arrays, and reads back
 * as the same {@code String} ({@code getVariable} deserialises it), so no reader changes.
 */
public final class StorableTexts {

    /** What Camunda's string column holds ({@code ACT_RU_VARIABLE.TEXT_}). */
    public static final int ENGINE_STRING_LIMIT = 4000;

    private StorableTexts() {
    }

    /** The variables with every text over the engine's limit wrapped as a JSON object value. */
    public static Map<String, Object> of(Map<String, Object> variables) {
        Map<String, Object> storable = new LinkedHashMap<>();
        variables.forEach((name, value) -> storable.put(name, value instanceof String text && text.length() > ENGINE_STRING_LIMIT
                ? Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
                : value));
        return storable;
    }
}
