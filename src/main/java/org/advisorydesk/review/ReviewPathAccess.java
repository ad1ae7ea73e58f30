package org.advisorydesk.review;

import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.PathAccess;
import org.springframework.stereotype.Component;

/** Findings and the review's report are written by the agencies the legislative review is routed to. */
@Component
class ReviewPathAccess implements PathAccess {

    private final FindingService findings;

    ReviewPathAccess(FindingService findings) {
        this.findings = findings;
    }

    @Override
    public boolean guards(String method, String pattern) {
        return pattern.contains("/requests/{reference}/findings");
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        findings.requireReviewer(user, pathVariables.get("reference"));
    }
}
