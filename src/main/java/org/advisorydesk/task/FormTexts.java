package org.advisorydesk.task;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What a form says, in the user's language: the bundle {@code forms} holds a key per field label, option
 * label and text component, derived from the form; a missing key leaves the form's own (English) text, so
 * a new form still renders.
 */
record FormTexts(MessageSource messages, Locale locale, String formId) {

    /** The label of the field {@code fieldKey}; also the text of the text component of that id. */
    static String labelKey(String formId, String fieldKey) {
        return "form." + formId + "." + fieldKey;
    }

    static String optionKey(String formId, String fieldKey, String value) {
        return labelKey(formId, fieldKey) + "." + value;
    }

    static String textKey(String formId, String componentId) {
        return labelKey(formId, componentId);
    }

    String label(String fieldKey, String formText) {
        return message(labelKey(formId, fieldKey), formText);
    }

    String option(String fieldKey, String value, String formText) {
        return message(optionKey(formId, fieldKey, value), formText);
    }

    String text(String componentId, String formText) {
        return message(textKey(formId, componentId), formText);
    }

    private String message(String key, String formText) {
        // no arguments: the text is taken as written, MessageFormat quoting does not apply
        return messages.getMessage(key, null, formText, locale);
    }
}
