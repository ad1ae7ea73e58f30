package org.advisorydesk.task;

import java.util.List;

/**
 * A Camunda Form ready for a server-rendered page: each component with its label, the value the user
 * sent (kept after an error) and the server's message about it. Templates iterate {@link #items()}.
 */
public record RenderedForm(String id, List<Item> items) {

    /**
     * The same form with the field {@code key} offering only the values in {@code offered} (a subset of
     * what its definition accepts, so the server's check of the form still holds).
     */
    public RenderedForm offering(String key, java.util.Collection<String> offered) {
        return new RenderedForm(id, items.stream().map(item -> !key.equals(item.key()) ? item
                : new Item(item.type(), item.key(), item.inputId(), item.label(), item.required(), item.maxLength(),
                        item.text(), item.value(),
                        item.options().stream().filter(o -> offered.contains(o.value())).toList(),
                        item.error(), item.shownWhen())).toList());
    }

    /** One component of the form; {@code type} is the form-js type (text, textfield, radio, …). */
    public record Item(String type, String key, String inputId, String label, boolean required, Integer maxLength,
            List<String> text, String value, List<Option> options, String error, ShownWhen shownWhen) {

        public String errorId() {
            return inputId + "-error";
        }

        public String hintId() {
            return inputId + "-hint";
        }

        /** The ids that describe the input: its condition hint and its error, when there are any. */
        public String describedBy() {
            String ids = (shownWhen == null ? "" : hintId()) + (error == null ? "" : " " + errorId());
            return ids.isBlank() ? null : ids.strip();
        }

        public boolean isChecked() {
            return "true".equals(value);
        }
    }

    /** A choice of a radio group, a select, or a checklist; {@code chosen} when the user picked it. */
    public record Option(String value, String label, String inputId, boolean chosen) {
    }

    /**
     * A field the form shows only when another field has a value (form-js {@code conditional.hide} of the
     * form {@code =key != "VALUE"}): the page shows it always, with a hint, and the server ignores it
     * otherwise.
     */
    public record ShownWhen(String key, String value, String fieldLabel, String valueLabel) {
    }
}
