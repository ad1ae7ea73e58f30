package org.advisorydesk.web;

import java.util.Map;

import org.advisorydesk.identity.CurrentUser;

/**
 * A capability's rule for who may reach what a path names (a request, a task, a State's register), which
 * {@link AccessBeforeInput} applies before the handler reads anything the caller sent: a caller who may
 * not is refused as such (404 for what they may not see, 403 for what they may see but not change),
 * never told first that their body is malformed.
 */
public interface PathAccess {

    /**
     * Whether this rule guards the handler mapped at {@code pattern} (as the handler mapping declares it,
     * {@code /api/requests/{reference}/comments}) for a call with this HTTP method.
     */
    boolean guards(String method, String pattern);

    /**
     * Refuses the caller who may not reach what the path names, by throwing the exception the handler
     * itself would ({@link NotFoundException}, {@link ForbiddenException}, a conflict for work that ended
     * meanwhile); returns normally otherwise.
     */
    void check(CurrentUser user, Map<String, String> pathVariables);
}
