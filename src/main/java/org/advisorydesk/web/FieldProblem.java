package org.advisorydesk.web;

/** One invalid field of a request body or form submission. */
public record FieldProblem(String field, String message) {
}
