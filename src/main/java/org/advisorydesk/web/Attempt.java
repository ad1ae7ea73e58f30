package org.advisorydesk.web;

import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * A submission on a page that failed, to show the page again with the values kept and each problem next
 * to its field: which part of the page it was for (a task's id, or one of the names here), the values
 * sent, and what was wrong with them.
 */
public record Attempt(String target, MultiValueMap<String, String> values, List<FieldProblem> problems) {

    public static final String FORM = "form";
    public static final String COMMENT = "comment";
    public static final String DOCUMENTS = "documents";
    public static final String HAND_OVER = "handOver";

    public String problemOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst()
                .orElse(null);
    }
}
