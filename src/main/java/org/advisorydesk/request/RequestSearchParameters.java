package org.advisorydesk.request;

import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.web.Choice;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;

/** A {@link RequestSearch} from the query parameters of the JSON API, each bad one named in a 400. */
final class RequestSearchParameters {

    static final int MAX_SIZE = 200;

    private RequestSearchParameters() {
    }

    static RequestSearch parse(String standing, String state, String text, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestSearch.Standing chosen = RequestSearch.Standing.ALL;
        try {
            chosen = Choice.of(RequestSearch.Standing.class, "standing", standing, RequestSearch.Standing.ALL);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (state != null && !state.isBlank() && !StateNames.isCode(state.strip())) {
            problems.add(new FieldProblem("state", "must be an ISO 3166 alpha-3 country code in upper case, such as PRY"));
        }
        if (text != null && text.length() > 100) {
            problems.add(new FieldProblem("q", "must be at most 100 characters"));
        }
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RequestSearch(chosen, state, text, page, size);
    }
}
