package org.advisorydesk.request;

import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.PathAccess;
import org.springframework.stereotype.Component;

/**
 * A change to a request (comment, document, withdrawal) is for those who may see it (else
 * {@code 404}, as if it did not exist); a new request is for governments and coordinators.
 */
@Component
class RequestPathAccess implements PathAccess {

    static final String SUBMIT = "/api/requests";

    private final RequestService requests;

    RequestPathAccess(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public boolean guards(String method, String pattern) {
        // the findings' paths are the review's rule, which reads the request (and its visibility) itself
        return pattern.equals(SUBMIT) || pattern.contains("/requests/{reference}") && !pattern.contains("/findings");
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        String reference = pathVariables.get("reference");
        if (reference != null) {
            requests.get(user, reference);
        } else if (!user.isGovernment() && !user.isCoordinator()) {
            throw new ForbiddenException("Requests are submitted by governments, or by coordinators on a State's behalf.");
        }
    }
}
